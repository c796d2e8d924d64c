package com.replycraft.app.insights;

import com.replycraft.app.conversation.ConversationStatus;
import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.Scores;
import com.replycraft.scoring.thread.Author;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Derives a conversation's {@link ConversationFacts}, the way the async guide measures: a customer
 * message is answered by the next AGENT message (a bot turn does not answer; the wait goes on), its
 * wait is calendar time and, on a channel with business hours, business time too.
 */
final class FactCalculator {

  private final InsightsCalendar calendar;
  private final ClosingMessages closings;

  FactCalculator(InsightsCalendar calendar, ClosingMessages closings) {
    this.calendar = calendar;
    this.closings = closings;
  }

  /** The facts, or empty when the customer never wrote (nothing to measure). */
  Optional<ConversationFacts> facts(FactInput input) {
    List<ThreadMessage> messages = input.messages();
    int firstCustomer = -1;
    int lastCustomer = -1;
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i).author() == Author.CUSTOMER) {
        firstCustomer = firstCustomer < 0 ? i : firstCustomer;
        lastCustomer = i;
      }
    }
    if (firstCustomer < 0) {
      return Optional.empty();
    }
    Duration target = input.channel().profile().responseTarget();
    String primaryAgent = primaryAgent(messages);
    boolean closedByCustomer = closings.closes(messages.get(lastCustomer).text());

    List<ConversationFacts.Response> responses = new ArrayList<>();
    List<Integer> pending = new ArrayList<>();
    boolean firstTurnOpen = true;
    boolean lastReplyLate = false;
    Instant lastAgentAt = null;
    for (int i = 0; i < messages.size(); i++) {
      ThreadMessage m = messages.get(i);
      if (m.author() == Author.CUSTOMER) {
        pending.add(i);
      } else if (m.author() == Author.AGENT) {
        lastReplyLate =
            !pending.isEmpty()
                && Duration.between(messages.get(pending.get(0)).sentAt(), m.sentAt())
                        .compareTo(target)
                    > 0;
        for (int p = 0; p < pending.size(); p++) {
          responses.add(
              response(input, messages.get(pending.get(p)), m, p == 0, firstTurnOpen, false));
        }
        if (!pending.isEmpty()) {
          firstTurnOpen = false;
        }
        pending.clear();
        lastAgentAt = m.sentAt();
      }
    }
    for (int p = 0; p < pending.size(); p++) {
      int index = pending.get(p);
      ThreadMessage unanswered = messages.get(index);
      ConversationFacts.Response r =
          response(
              input,
              unanswered,
              null,
              p == 0,
              firstTurnOpen,
              index == lastCustomer && closedByCustomer);
      responses.add(withAgent(r, primaryAgent));
    }
    responses.sort((a, b) -> Integer.compare(a.position(), b.position()));

    ThreadMessage first = messages.get(firstCustomer);
    ConversationFacts.Response opening = responses.get(0);
    ThreadMessage last = messages.get(messages.size() - 1);
    boolean silentDrop = last.author() == Author.AGENT && lastReplyLate;
    Instant end = lastAgentAt;
    if (closedByCustomer) {
      Instant thanks = messages.get(lastCustomer).sentAt();
      end = end == null || thanks.isAfter(end) ? thanks : end;
    }
    boolean recommended = input.escalation() != null && input.escalation().wantsSync();
    ConversationFacts.Conversation conversation =
        new ConversationFacts.Conversation(
            input.conversationId(),
            input.channel(),
            primaryAgent,
            first.sentAt(),
            calendar.day(first.sentAt()),
            opening.waitSeconds(),
            opening.businessWaitSeconds(),
            end == null ? null : Duration.between(first.sentAt(), end).toSeconds(),
            input.status() == ConversationStatus.RESOLVED || closedByCustomer,
            silentDrop,
            recommended,
            recommended
                && !input.findingCodes().contains(FindingCode.ESCALATION_NOT_OFFERED.name()));
    return Optional.of(
        new ConversationFacts(
            conversation,
            responses,
            quality(messages),
            input.findingCodes().stream().filter(c -> !c.isBlank()).distinct().toList()));
  }

  private ConversationFacts.Response response(
      FactInput input,
      ThreadMessage customer,
      @Nullable ThreadMessage answer,
      boolean turnStart,
      boolean firstTurn,
      boolean closing) {
    Duration target = input.channel().profile().responseTarget();
    Instant at = customer.sentAt();
    Long wait = null;
    Long businessWait = null;
    Boolean within = null;
    Boolean withinBusiness = null;
    if (answer != null) {
      Duration calendarWait = Duration.between(at, answer.sentAt());
      Duration business = calendar.businessWait(input.channel(), at, answer.sentAt());
      Duration staffedWait = business == null ? calendarWait : business;
      wait = calendarWait.toSeconds();
      businessWait = staffedWait.toSeconds();
      within = calendarWait.compareTo(target) <= 0;
      withinBusiness = staffedWait.compareTo(target) <= 0;
    }
    return new ConversationFacts.Response(
        customer.position(),
        answer == null ? null : answer.agentId(),
        at,
        answer == null ? null : answer.sentAt(),
        at.plus(target),
        calendar.day(at),
        wait,
        businessWait,
        firstTurn,
        turnStart,
        closing,
        within,
        withinBusiness);
  }

  private static ConversationFacts.Response withAgent(
      ConversationFacts.Response r, @Nullable String agentId) {
    return new ConversationFacts.Response(
        r.position(),
        agentId,
        r.customerAt(),
        r.answeredAt(),
        r.dueAt(),
        r.localDay(),
        r.waitSeconds(),
        r.businessWaitSeconds(),
        r.firstTurn(),
        r.turnStart(),
        r.closing(),
        r.withinTarget(),
        r.withinTargetBusiness());
  }

  private List<ConversationFacts.Quality> quality(List<ThreadMessage> messages) {
    List<ConversationFacts.Quality> quality = new ArrayList<>();
    for (ThreadMessage m : messages) {
      Scores s = m.scores();
      if (s == null || !m.author().speaksForBusiness()) {
        continue;
      }
      quality.add(
          new ConversationFacts.Quality(
              m.position(),
              m.author() == Author.AGENT ? m.agentId() : null,
              calendar.day(m.sentAt()),
              s.overall(),
              s.tone(),
              s.clarity(),
              s.delayAcknowledgement(),
              s.empathy(),
              s.channelFit()));
    }
    return quality;
  }

  private static @Nullable String primaryAgent(List<ThreadMessage> messages) {
    Map<String, Integer> replies = new LinkedHashMap<>();
    for (ThreadMessage m : messages) {
      if (m.author() == Author.AGENT && m.agentId() != null) {
        replies.merge(m.agentId(), 1, Integer::sum);
      }
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : replies.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
