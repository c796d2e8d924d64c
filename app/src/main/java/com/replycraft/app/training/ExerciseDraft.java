package com.replycraft.app.training;

import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Message;
import com.replycraft.training.Difficulty;
import com.replycraft.training.Element;
import com.replycraft.training.Mistake;
import com.replycraft.training.Skill;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An exercise being written by a trainer, before it is turned into YAML and validated: everything
 * an {@code Exercise} has, in the shape a form edits.
 */
public record ExerciseDraft(
    String id,
    String title,
    Set<Skill> skills,
    Channel channel,
    Difficulty difficulty,
    @Nullable String customerName,
    boolean customerAuthenticated,
    List<Message> thread,
    Instant replyAt,
    String situation,
    String task,
    List<FindingCode> mustNotHave,
    Map<Dimension, Integer> minScores,
    List<Element> requires,
    String modelReply,
    List<Mistake> mistakes,
    @Nullable Long sourceConversationId) {

  public ExerciseDraft {
    skills = Set.copyOf(skills);
    thread = List.copyOf(thread);
    mustNotHave = List.copyOf(mustNotHave);
    minScores = Map.copyOf(minScores);
    requires = List.copyOf(requires);
    mistakes = List.copyOf(mistakes);
  }
}
