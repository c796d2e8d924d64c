package com.replycraft.scoring;

import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.Checks;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.check.ThreadCheck;
import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.escalation.EscalationAdvisor;
import com.replycraft.scoring.escalation.RuleEscalationAdvisor;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.TextAnalyzer;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import com.replycraft.scoring.thread.Policy;
import com.replycraft.scoring.thread.WaitCalculator;
import com.replycraft.scoring.thread.WaitInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The scorer: a request in, an explained judgement out. Thread-safe and free of I/O per call; build
 * one and share it. Sharing also lets it keep the analysis of recently seen thread messages (see
 * {@link AnalysisCache}), so that rescoring a changed draft in an unchanged thread analyses only
 * the draft; results never depend on that cache.
 */
public final class Scorer {

  private final Clock clock;
  private final TextAnalyzer analyzer;
  private final List<Check> checks;
  private final List<ThreadCheck> threadChecks;
  private final EscalationAdvisor advisor;
  private final AnalysisCache threadTexts;

  /** How many recently seen thread messages keep their analysis (see {@link AnalysisCache}). */
  public static final int CACHED_THREAD_TEXTS = 512;

  /** At most this many characters of thread messages keep their analysis. */
  public static final long CACHED_THREAD_CHARS = 200_000;

  public Scorer(
      Clock clock,
      TextAnalyzer analyzer,
      List<Check> checks,
      List<ThreadCheck> threadChecks,
      EscalationAdvisor advisor) {
    this(clock, analyzer, checks, threadChecks, advisor, CACHED_THREAD_TEXTS);
  }

  /**
   * @param cachedThreadTexts how many recently seen thread messages keep their analysis across
   *     requests (0: none; every request analyses its thread afresh); results never depend on it
   */
  public Scorer(
      Clock clock,
      TextAnalyzer analyzer,
      List<Check> checks,
      List<ThreadCheck> threadChecks,
      EscalationAdvisor advisor,
      int cachedThreadTexts) {
    this.clock = clock;
    this.analyzer = analyzer;
    this.checks = List.copyOf(checks);
    this.threadChecks = List.copyOf(threadChecks);
    this.advisor = advisor;
    this.threadTexts = new AnalysisCache(analyzer, cachedThreadTexts, CACHED_THREAD_CHARS);
  }

  /** The scorer with every shipped check, reading "now" from the given clock. */
  public static Scorer create(Clock clock) {
    return new Scorer(
        clock,
        new TextAnalyzer(),
        Checks.replyChecks(),
        Checks.threadChecks(),
        new RuleEscalationAdvisor());
  }

  public static Scorer create() {
    return create(Clock.systemUTC());
  }

  /**
   * The scorer with every shipped check that analyses every thread message afresh on every request
   * (no analysis kept across requests): for benchmarks of a thread never seen before.
   */
  public static Scorer withoutThreadCache(Clock clock) {
    return new Scorer(
        clock,
        new TextAnalyzer(),
        Checks.replyChecks(),
        Checks.threadChecks(),
        new RuleEscalationAdvisor(),
        0);
  }

  public List<Check> checks() {
    return checks;
  }

  public List<ThreadCheck> threadChecks() {
    return threadChecks;
  }

  /**
   * @throws InvalidRequestException when the request has neither a draft nor a thread
   */
  public ScoreResult score(ScoreRequest request) {
    if (request.draft() == null && request.thread().isEmpty()) {
      throw new InvalidRequestException("the request needs a \"draft\" or a non-empty \"thread\"");
    }
    List<AnalyzedMessage> thread = analyzeThread(request.thread());
    return request.isAudit() ? audit(request, thread) : scoreDraft(request, thread);
  }

  private ScoreResult scoreDraft(ScoreRequest request, List<AnalyzedMessage> thread) {
    Instant at = request.draftAt() != null ? request.draftAt() : clock.instant();
    ThreadView view = viewAt(request, thread, at);
    EscalationAdvice advice = advisor.advise(view);
    AnalyzedText draft = analyzer.analyze(request.draft());
    ReplyContext context = new ReplyContext(draft, Author.AGENT, view, advice);
    List<Finding> findings = new ArrayList<>();
    for (Check check : checks) {
      findings.addAll(check.check(context));
    }
    findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::code));
    return new ScoreResult(
        request.id(),
        ScoreRule.scores(findings, view.waitInfo().breached()),
        findings,
        advice,
        view.waitInfo(),
        Metrics.of(draft));
  }

  /**
   * Audit mode: every AGENT and BOT message is judged by the reply checks in its own context (the
   * thread before it, its own time as "now"), its findings carrying its {@code messageIndex}; the
   * thread checks then judge the whole transcript. {@code wait} is the longest wait the customer
   * had before an audited message (an acknowledgement is owed when that breached the target),
   * {@code metrics} describe the last audited message, and the escalation advice is for the thread
   * as it ends.
   */
  private ScoreResult audit(ScoreRequest request, List<AnalyzedMessage> thread) {
    List<Finding> findings = new ArrayList<>();
    boolean acknowledgementOwed = false;
    WaitInfo longestWait = null;
    AnalyzedText lastAudited = null;
    for (AnalyzedMessage message : thread) {
      if (!message.author().speaksForBusiness()) {
        continue;
      }
      ThreadView before = viewAt(request, thread.subList(0, message.index()), message.at());
      EscalationAdvice advice = advisor.advise(before);
      ReplyContext context = new ReplyContext(message.text(), message.author(), before, advice);
      for (Check check : checks) {
        for (Finding finding : check.check(context)) {
          findings.add(finding.inMessage(message.index()));
        }
      }
      acknowledgementOwed |= before.waitInfo().breached();
      if (longestWait == null
          || before.waitInfo().customerWaited().compareTo(longestWait.customerWaited()) > 0) {
        longestWait = before.waitInfo();
      }
      lastAudited = message.text();
    }
    Instant end = thread.get(thread.size() - 1).at();
    ThreadView whole = viewAt(request, thread, end);
    for (ThreadCheck check : threadChecks) {
      findings.addAll(check.audit(whole));
    }
    findings.sort(
        Comparator.comparing((Finding f) -> f.messageIndex() == null ? -1 : f.messageIndex())
            .thenComparingInt(Finding::start)
            .thenComparing(Finding::code));
    if (longestWait == null) {
      // Nothing the business wrote to judge: report how long the customer has been waiting by the
      // end of the thread, and keep "owed" equal to "breached" as the contract defines it.
      longestWait = whole.waitInfo();
      acknowledgementOwed = longestWait.breached();
    }
    return new ScoreResult(
        request.id(),
        ScoreRule.scores(findings, acknowledgementOwed),
        findings,
        advisor.advise(whole),
        longestWait,
        Metrics.of(lastAudited != null ? lastAudited : analyzer.analyze("")));
  }

  private List<AnalyzedMessage> analyzeThread(List<Message> messages) {
    List<AnalyzedMessage> analyzed = new ArrayList<>(messages.size());
    for (int i = 0; i < messages.size(); i++) {
      analyzed.add(
          new AnalyzedMessage(i, messages.get(i), threadTexts.analyze(messages.get(i).text())));
    }
    return analyzed;
  }

  private static ThreadView viewAt(ScoreRequest request, List<AnalyzedMessage> before, Instant at) {
    Channel channel = request.channelOrDefault();
    Policy policy = request.policyOrDefault();
    Customer customer = request.customerOrUnknown();
    Duration target = policy.responseTargetFor(channel);
    List<Message> messages = before.stream().map(AnalyzedMessage::message).toList();
    WaitInfo wait = WaitCalculator.waitBefore(messages, at, target);
    return new ThreadView(channel, customer, policy, before, at, wait);
  }
}
