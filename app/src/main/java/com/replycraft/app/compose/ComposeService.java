package com.replycraft.app.compose;

import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Message;
import com.replycraft.templates.RenderContext;
import com.replycraft.templates.Template;
import com.replycraft.templates.TemplateCatalog;
import com.replycraft.templates.TemplateHit;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Scores drafts in their thread, suggests filled replies, and stores sent replies. */
@Service
public class ComposeService {

  private final Scorer scorer;
  private final TemplateCatalog catalog;
  private final ConversationService conversations;
  private final UserService users;
  private final Clock clock;

  ComposeService(
      Scorer scorer,
      TemplateCatalog catalog,
      ConversationService conversations,
      UserService users,
      Clock clock) {
    this.scorer = scorer;
    this.catalog = catalog;
    this.conversations = conversations;
    this.users = users;
    this.clock = clock;
  }

  public Optional<ThreadSnapshot> thread(long conversationId) {
    return conversations.find(conversationId);
  }

  /** The draft as the next agent message of the thread, now. */
  public ScoreRequest request(ThreadSnapshot thread, String draft) {
    return new ScoreRequest(
        "conversation-" + thread.id(),
        thread.channel(),
        draft,
        clock.instant(),
        thread.thread(),
        thread.customer(),
        null);
  }

  public ScoreResult score(ThreadSnapshot thread, String draft) {
    return scorer.score(request(thread, draft));
  }

  public ScoreResult score(ScoreRequest request) {
    return scorer.score(request);
  }

  /** The advice and wait for the thread as it stands (scored against an empty draft). */
  public ScoreResult situation(ThreadSnapshot thread) {
    return score(thread, "");
  }

  /** Stores the draft as sent by the signed-in agent, with the scores it has now. */
  public ThreadMessage send(long conversationId, String draft, @Nullable String username) {
    ThreadSnapshot thread =
        conversations
            .find(conversationId)
            .orElseThrow(() -> new IllegalArgumentException("no thread " + conversationId));
    return conversations.reply(conversationId, draft, score(thread, draft), username);
  }

  /** The name an agent signs with: their display name, else the username. */
  public String displayName(@Nullable String username) {
    if (username == null) {
      return "The support team";
    }
    return users.find(username).map(UserSummary::displayName).orElse(username);
  }

  public List<Suggestion> suggest(ThreadSnapshot thread, String agentName, int limit) {
    return suggest(request(thread, ""), agentName, limit);
  }

  /**
   * The best templates for the customer's latest messages, each filled from the thread (name, wait,
   * response window, agent name, the advised call offer) and scored as the draft it would become.
   */
  public List<Suggestion> suggest(ScoreRequest request, String agentName, int limit) {
    Channel channel = request.channelOrDefault();
    Instant at = request.draftAt() != null ? request.draftAt() : clock.instant();
    ScoreRequest situation =
        new ScoreRequest(
            request.id(), channel, "", at, request.thread(), request.customer(), request.policy());
    EscalationAdvice advice = scorer.score(situation).escalation();
    List<TemplateHit> hits =
        catalog.suggest(latestCustomerMessages(request.thread()), channel, limit);
    List<Suggestion> suggestions = new ArrayList<>(hits.size());
    for (TemplateHit hit : hits) {
      Template template = hit.template();
      RenderContext.Builder context =
          RenderContext.fromThread(
                  request.thread(),
                  channel,
                  request.customerOrUnknown(),
                  request.policyOrDefault(),
                  at)
              .agentName(agentName)
              .escalation(advice, channel);
      List<String> gaps = template.missingPlaceholders(context.build());
      for (String gap : gaps) {
        context.put(gap, "[" + gap.replace('_', ' ').toLowerCase(Locale.ROOT) + "]");
      }
      String text = template.render(context.build());
      ScoreResult result =
          scorer.score(
              new ScoreRequest(
                  request.id(),
                  channel,
                  text,
                  at,
                  request.thread(),
                  request.customer(),
                  request.policy()));
      suggestions.add(
          new Suggestion(
              template.id(),
              template.title(),
              text,
              gaps.stream().map(g -> g.replace('_', ' ')).toList(),
              result));
    }
    return suggestions;
  }

  public List<TemplateHit> searchTemplates(String query, @Nullable Channel channel, int limit) {
    return catalog.search(query, channel, limit);
  }

  private static List<String> latestCustomerMessages(List<Message> thread) {
    List<String> latest = new ArrayList<>();
    for (Message m : thread) {
      if (m.author() == Author.AGENT) {
        latest.clear();
      } else if (m.author() == Author.CUSTOMER) {
        latest.add(m.text());
      }
    }
    return latest;
  }
}
