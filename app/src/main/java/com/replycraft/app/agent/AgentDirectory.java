package com.replycraft.app.agent;

import com.replycraft.app.security.Role;
import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the agents are: AGENT users, their teams, and the help desk agent ids linked to them. Other
 * features ask it which user an imported agent id stands for and which ids a signed-in agent owns.
 */
@Service
@Transactional(readOnly = true)
public class AgentDirectory {

  static final int MAX_AGENT_ID = 100;
  static final int MAX_TEAM = 60;

  private final UserService users;
  private final AgentProfileRepository profiles;
  private final AgentIdLinkRepository links;

  AgentDirectory(UserService users, AgentProfileRepository profiles, AgentIdLinkRepository links) {
    this.users = users;
    this.profiles = profiles;
    this.links = links;
  }

  /** Every AGENT user, by display name. */
  public List<AgentProfile> agents() {
    return users.list().stream()
        .filter(u -> u.roles().contains(Role.AGENT))
        .map(this::profileOf)
        .sorted(Comparator.comparing(AgentProfile::displayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  public Optional<AgentProfile> byUsername(String username) {
    return users.find(username).filter(u -> u.roles().contains(Role.AGENT)).map(this::profileOf);
  }

  /**
   * The agent a help desk id stands for, once an admin has linked it. Replies written in ReplyCraft
   * carry the author's username as their agent id, so an agent's username stands for them too.
   */
  public Optional<AgentProfile> byAgentId(String agentId) {
    Optional<AgentProfile> linked =
        links.findById(agentId).flatMap(link -> userById(link.getUserId())).map(this::profileOf);
    return linked.isPresent() ? linked : byUsername(agentId);
  }

  /** Team names in use, sorted. */
  public List<String> teams() {
    return profiles.findTeams();
  }

  /** The AGENT users of one team. */
  public List<AgentProfile> team(String team) {
    return agents().stream().filter(a -> team.equals(a.team())).toList();
  }

  /**
   * Every agent id that stands for this user: the linked help desk ids plus the username, which
   * replies written in ReplyCraft carry. Empty when the user is unknown.
   */
  public Set<String> agentIdsOf(String username) {
    return users
        .find(username)
        .map(
            u -> {
              Set<String> ids = new LinkedHashSet<>(agentIdsOf(u.id()));
              ids.add(u.username());
              return Set.copyOf(ids);
            })
        .orElse(Set.of());
  }

  /** Agent ids seen in imported transcripts that nobody has been linked to yet. */
  public List<String> unlinkedAgentIds() {
    return links.findUnlinkedAgentIds();
  }

  /**
   * Links a help desk agent id to an AGENT user. Linking it again to the same user changes nothing;
   * an id already linked to someone else must be unlinked first, so a review never silently changes
   * hands.
   */
  @Transactional
  public void link(long userId, String agentId) {
    String id = agentId.strip();
    if (id.isEmpty()) {
      throw new AgentLinkException("Enter the agent id as your help desk exports it");
    }
    if (id.length() > MAX_AGENT_ID) {
      throw new AgentLinkException("An agent id has at most " + MAX_AGENT_ID + " characters");
    }
    UserSummary user = agentUser(userId);
    Optional<AgentIdLink> existing = links.findById(id);
    if (existing.isPresent()) {
      if (existing.get().getUserId() == userId) {
        return;
      }
      String owner =
          userById(existing.get().getUserId()).map(UserSummary::displayName).orElse("another user");
      throw new AgentLinkException(
          "Agent id " + id + " is already linked to " + owner + "; unlink it there first");
    }
    links.save(new AgentIdLink(id, user.id()));
  }

  @Transactional
  public void unlink(String agentId) {
    links.deleteById(agentId.strip());
  }

  /** Puts an AGENT user in a team, or in none when {@code team} is blank. */
  @Transactional
  public void setTeam(long userId, @Nullable String team) {
    agentUser(userId);
    String name = team == null || team.isBlank() ? null : team.strip();
    if (name != null && name.length() > MAX_TEAM) {
      throw new AgentLinkException("A team name has at most " + MAX_TEAM + " characters");
    }
    AgentProfileEntity profile =
        profiles.findById(userId).orElseGet(() -> new AgentProfileEntity(userId));
    profile.setTeam(name);
    profiles.save(profile);
  }

  private UserSummary agentUser(long userId) {
    UserSummary user =
        userById(userId).orElseThrow(() -> new AgentLinkException("No user with id " + userId));
    if (!user.roles().contains(Role.AGENT)) {
      throw new AgentLinkException(user.displayName() + " is not an agent");
    }
    return user;
  }

  private Optional<UserSummary> userById(long userId) {
    return users.findById(userId);
  }

  private List<String> agentIdsOf(long userId) {
    return links.findByUserIdOrderByAgentId(userId).stream().map(AgentIdLink::getAgentId).toList();
  }

  private AgentProfile profileOf(UserSummary user) {
    Set<String> ids = new LinkedHashSet<>(agentIdsOf(user.id()));
    String team = profiles.findById(user.id()).map(AgentProfileEntity::getTeam).orElse(null);
    return new AgentProfile(user.id(), user.username(), user.displayName(), team, List.copyOf(ids));
  }
}
