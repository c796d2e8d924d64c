package com.replycraft.app.training;

import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.thread.Message;
import com.replycraft.training.Element;
import com.replycraft.training.Mistake;
import com.replycraft.training.Skill;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes a draft as the YAML the shipped exercise files use, so one parser validates both. */
final class ExerciseYaml {

  private ExerciseYaml() {}

  static String write(ExerciseDraft d) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("id", d.id());
    root.put("title", d.title());
    root.put("skills", d.skills().stream().sorted().map(Skill::name).toList());
    root.put("channel", d.channel().name());
    root.put("difficulty", d.difficulty().name());
    Map<String, Object> customer = new LinkedHashMap<>();
    if (d.customerName() != null && !d.customerName().isBlank()) {
      customer.put("name", d.customerName());
    }
    customer.put("authenticated", d.customerAuthenticated());
    root.put("customer", customer);
    List<Map<String, Object>> thread = new ArrayList<>();
    for (Message m : d.thread()) {
      Map<String, Object> turn = new LinkedHashMap<>();
      turn.put("author", m.author().name());
      turn.put("at", m.at().toString());
      turn.put("text", m.text());
      thread.add(turn);
    }
    root.put("thread", thread);
    root.put("replyAt", d.replyAt().toString());
    root.put("situation", d.situation());
    root.put("task", d.task());
    Map<String, Object> rubric = new LinkedHashMap<>();
    if (!d.mustNotHave().isEmpty()) {
      rubric.put("mustNotHave", d.mustNotHave().stream().map(FindingCode::name).toList());
    }
    if (!d.minScores().isEmpty()) {
      Map<String, Object> scores = new LinkedHashMap<>();
      for (Dimension dimension : Dimension.values()) {
        Integer min = d.minScores().get(dimension);
        if (min != null) {
          scores.put(dimension.name(), min);
        }
      }
      rubric.put("minScores", scores);
    }
    if (!d.requires().isEmpty()) {
      rubric.put("requires", d.requires().stream().map(Element::name).toList());
    }
    root.put("rubric", rubric);
    root.put("modelReply", d.modelReply());
    List<Map<String, Object>> mistakes = new ArrayList<>();
    for (Mistake m : d.mistakes()) {
      Map<String, Object> mistake = new LinkedHashMap<>();
      mistake.put("reply", m.reply());
      mistake.put("feedback", m.feedback());
      mistake.put("codes", m.codes());
      mistakes.add(mistake);
    }
    root.put("mistakes", mistakes);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setDefaultScalarStyle(DumperOptions.ScalarStyle.PLAIN);
    options.setWidth(100);
    options.setSplitLines(false);
    return new Yaml(options).dump(root);
  }
}
