package com.replycraft.scoring.escalation;

import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.signal.CueLexicon;
import com.replycraft.scoring.escalation.signal.DistressSignal;
import com.replycraft.scoring.escalation.signal.FrustrationSignal;
import com.replycraft.scoring.escalation.signal.SignalHit;
import com.replycraft.scoring.escalation.signal.WorrySignal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the customer feels, for any check that asks "is the customer upset?": frustration and
 * distress (the escalation signals) and plain worry (which a reply should recognise but which does
 * not call for a call), plus whether the customer's latest message is pleased.
 *
 * <pre>{@code
 * CustomerMood mood = CustomerMood.of(context.thread());            // the whole thread so far
 * CustomerMood now = CustomerMood.ofUnanswered(context.thread());   // what this reply answers
 * if (mood.upset() && !mood.pleased()) { ... }
 * }</pre>
 *
 * @param frustration the strongest frustrated message, when there is one
 * @param distress the strongest sign of vulnerability; its {@code category} is bereavement,
 *     illness, hardship, safety, fear, age or disability
 * @param worry the strongest sign of worry ("I'm really worried", "this is so stressful")
 * @param pleased the customer's latest message is pleased ("thanks so much, that's perfect")
 */
public record CustomerMood(
    @Nullable SignalHit frustration,
    @Nullable SignalHit distress,
    @Nullable SignalHit worry,
    boolean pleased) {

  private static final FrustrationSignal FRUSTRATION = new FrustrationSignal();
  private static final DistressSignal DISTRESS = new DistressSignal();
  private static final WorrySignal WORRY = new WorrySignal();
  private static final CueLexicon CONTENT = CueLexicon.named("escalation/contentment");

  public static final CustomerMood NEUTRAL = new CustomerMood(null, null, null, false);

  private static final Object WHOLE_THREAD = new Object();
  private static final Object UNANSWERED = new Object();

  /**
   * The mood over every customer message before the reply; computed once per view (remembered in
   * its {@link ThreadView#memo() memo}) however many checks ask.
   */
  public static CustomerMood of(ThreadView thread) {
    return thread.memo().get(WHOLE_THREAD, () -> of(thread.customerMessages(), thread));
  }

  /**
   * The mood over the customer messages since the last agent reply: what the reply answers;
   * computed once per view.
   */
  public static CustomerMood ofUnanswered(ThreadView thread) {
    return thread.memo().get(UNANSWERED, () -> of(thread.unansweredCustomerMessages()));
  }

  public static CustomerMood of(List<AnalyzedMessage> customerMessages) {
    return of(customerMessages, null);
  }

  /**
   * @param wholeThread the view whose customer messages these are, when they are all of them: its
   *     frustration and distress are then the advisor's, already computed
   */
  private static CustomerMood of(
      List<AnalyzedMessage> customerMessages, @Nullable ThreadView wholeThread) {
    if (customerMessages.isEmpty()) {
      return NEUTRAL;
    }
    SignalHit frustration =
        (wholeThread != null
                ? FRUSTRATION.detect(wholeThread)
                : FRUSTRATION.detect(customerMessages))
            .orElse(null);
    SignalHit distress =
        (wholeThread != null ? DISTRESS.detect(wholeThread) : DISTRESS.detect(customerMessages))
            .orElse(null);
    SignalHit worry = WORRY.detect(customerMessages).orElse(null);
    AnalyzedMessage last = customerMessages.get(customerMessages.size() - 1);
    boolean lastFrustrated =
        frustration != null && frustration.reason().messageIndex() == last.index();
    boolean pleased = !lastFrustrated && CONTENT.score(last.text()) >= 1;
    return new CustomerMood(frustration, distress, worry, pleased);
  }

  public boolean frustrated() {
    return frustration != null;
  }

  public boolean distressed() {
    return distress != null;
  }

  public boolean worried() {
    return worry != null;
  }

  /** Frustrated or distressed: cheerfulness clashes and a call may be owed. */
  public boolean upset() {
    return frustrated() || distressed();
  }

  /** Frustrated, distressed or worried: a reply should recognise how the customer feels. */
  public boolean feelsSomething() {
    return upset() || worried();
  }

  /**
   * The feeling a reply should name first: distress over frustration over worry; null when the
   * customer expressed none.
   */
  public @Nullable SignalHit strongest() {
    if (distress != null) {
      return distress;
    }
    if (frustration != null) {
      return frustration;
    }
    return worry;
  }
}
