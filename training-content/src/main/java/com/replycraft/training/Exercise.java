package com.replycraft.training;

import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import com.replycraft.scoring.thread.Policy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One written-craft exercise: a real thread with times, what the agent must do, how a reply is
 * judged, a model answer and the common mistakes.
 *
 * @param replyAt when the agent replies; the customer's wait is measured up to it
 * @param responseTarget overrides the channel's default response target, when the scenario states
 *     one
 * @param source where the exercise was loaded from (a classpath resource or a file)
 */
public record Exercise(
    String id,
    String title,
    Set<Skill> skills,
    Channel channel,
    Difficulty difficulty,
    @Nullable Industry industry,
    Set<FailureMode> failureModes,
    Customer customer,
    List<Message> thread,
    Instant replyAt,
    @Nullable Duration responseTarget,
    String situation,
    String task,
    Rubric rubric,
    String modelReply,
    List<Mistake> mistakes,
    String source) {

  public Exercise {
    skills = Set.copyOf(skills);
    failureModes = Set.copyOf(failureModes);
    thread = List.copyOf(thread);
    mistakes = List.copyOf(mistakes);
  }

  public boolean practises(Skill skill) {
    return skills.contains(skill);
  }

  /** The request that scores {@code reply} as the agent's next message at {@link #replyAt()}. */
  public ScoreRequest scoreRequest(String reply) {
    Policy policy = responseTarget == null ? null : new Policy(responseTarget, null);
    return new ScoreRequest(id, channel, reply, replyAt, thread, customer, policy);
  }
}
