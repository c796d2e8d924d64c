package com.replycraft.app.review;

import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.security.NewUser;
import com.replycraft.app.security.Role;
import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import java.io.StringReader;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Test data for reviews: uniquely named agents and imported conversations they answered. */
@Component
public class ReviewFixtures {

  static final String HEADER =
      "conversation_id,channel,author,agent_id,timestamp,text,customer_name,customer_authenticated,customer_value\n";

  private final ImportService imports;
  private final ConversationService conversations;
  private final UserService users;

  ReviewFixtures(ImportService imports, ConversationService conversations, UserService users) {
    this.imports = imports;
    this.conversations = conversations;
    this.users = users;
  }

  /** A new AGENT user with a unique username. */
  public UserSummary agent() {
    String name = "agent-" + UUID.randomUUID().toString().substring(0, 8);
    return users.create(new NewUser(name, "Agent " + name, Set.of(Role.AGENT), "agent-password"));
  }

  /**
   * Imports a two-message email thread answered by {@code agentId}; returns its conversation id.
   */
  public long conversationAnsweredBy(String agentId) {
    String external = "rv-" + UUID.randomUUID();
    imports.importCsv(
        new StringReader(
            HEADER
                + external
                + ",EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,\"I was charged twice for my order and"
                + " nobody answers. This is ridiculous.\",Priya Natarajan,true,2400\n"
                + external
                + ","
                + "EMAIL,AGENT,"
                + agentId
                + ",2026-11-19T10:00:00Z,\"As per our policy refunds take 10 days. Kindly be"
                + " patient.\",,,\n"));
    return conversations.idOfExternal(external).orElseThrow();
  }

  public static Viewer viewerOf(UserSummary user) {
    return Viewer.user(user.id(), user.username(), user.roles());
  }

  public static Viewer reviewer() {
    return Viewer.user(-1, "reviewer", Set.of(Role.REVIEWER));
  }
}
