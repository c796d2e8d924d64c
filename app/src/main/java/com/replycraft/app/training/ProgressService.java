package com.replycraft.app.training;

import com.replycraft.scoring.Dimension;
import com.replycraft.training.Exercise;
import com.replycraft.training.Skill;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Aggregates attempts into {@link Progress} for one agent or a whole team. */
@Service
public class ProgressService {

  /** Histories longer than this are shown per week rather than per day. */
  static final Duration DAILY_UP_TO = Duration.ofDays(14);

  private final AttemptRepository attempts;
  private final TrainingCatalog catalog;
  private final AssignmentService assignments;

  ProgressService(
      AttemptRepository attempts, TrainingCatalog catalog, AssignmentService assignments) {
    this.attempts = attempts;
    this.catalog = catalog;
    this.assignments = assignments;
  }

  @Transactional(readOnly = true)
  public Progress ofAgent(String username) {
    return of(username, List.of(username));
  }

  @Transactional(readOnly = true)
  public Progress ofTeam(String team) {
    return of(team, assignments.members(team));
  }

  private Progress of(String who, Collection<String> usernames) {
    List<Attempt> all =
        usernames.isEmpty() ? List.of() : attempts.findByUsernameInOrderBySubmittedAtAsc(usernames);
    return new Progress(who, all.size(), periods(all), skills(all));
  }

  private static List<Progress.Period> periods(List<Attempt> all) {
    if (all.isEmpty()) {
      return List.of();
    }
    boolean daily =
        Duration.between(all.get(0).getSubmittedAt(), all.get(all.size() - 1).getSubmittedAt())
                .compareTo(DAILY_UP_TO)
            <= 0;
    Function<Attempt, LocalDate> periodOf =
        a -> {
          LocalDate day = LocalDate.ofInstant(a.getSubmittedAt(), ZoneOffset.UTC);
          return daily ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    Map<LocalDate, List<Attempt>> byPeriod = new TreeMap<>();
    for (Attempt a : all) {
      byPeriod.computeIfAbsent(periodOf.apply(a), d -> new ArrayList<>()).add(a);
    }
    List<Progress.Period> periods = new ArrayList<>();
    byPeriod.forEach(
        (start, list) -> {
          Map<Dimension, Double> averages = new EnumMap<>(Dimension.class);
          for (Dimension d : Dimension.values()) {
            average(list, a -> a.score(d)).ifPresent(avg -> averages.put(d, avg));
          }
          periods.add(new Progress.Period(start, list.size(), passRate(list), averages));
        });
    return periods;
  }

  private List<Progress.SkillResult> skills(List<Attempt> all) {
    Map<String, Optional<Exercise>> exercises = new TreeMap<>();
    all.forEach(a -> exercises.computeIfAbsent(a.getExerciseId(), catalog::find));
    List<Progress.SkillResult> results = new ArrayList<>();
    for (Skill skill : Skill.values()) {
      List<Attempt> practising =
          all.stream()
              .filter(
                  a -> exercises.get(a.getExerciseId()).map(e -> e.practises(skill)).orElse(false))
              .toList();
      if (practising.isEmpty()) {
        continue;
      }
      Dimension dimension = dimension(skill);
      Double average =
          average(
                  practising,
                  a -> dimension == null ? (Integer) a.getScoreOverall() : a.score(dimension))
              .orElse(null);
      results.add(
          new Progress.SkillResult(skill, practising.size(), passRate(practising), average));
    }
    results.sort(
        Comparator.comparingDouble(Progress.SkillResult::passRate)
            .thenComparing(
                Progress.SkillResult::averageScore,
                Comparator.nullsLast(Comparator.naturalOrder())));
    return results;
  }

  static @Nullable Dimension dimension(Skill skill) {
    return switch (skill) {
      case TONE -> Dimension.TONE;
      case CLARITY -> Dimension.CLARITY;
      case DELAY_ACKNOWLEDGEMENT -> Dimension.DELAY_ACKNOWLEDGEMENT;
      case EMPATHY -> Dimension.EMPATHY;
      case CHANNEL_FIT -> Dimension.CHANNEL_FIT;
      case ESCALATION -> null;
    };
  }

  private static double passRate(List<Attempt> list) {
    return list.isEmpty()
        ? 0
        : (double) list.stream().filter(Attempt::isPassed).count() / list.size();
  }

  private static Optional<Double> average(
      List<Attempt> list, Function<Attempt, @Nullable Integer> score) {
    return list.stream()
        .map(score)
        .filter(java.util.Objects::nonNull)
        .mapToInt(Integer::intValue)
        .average()
        .stream()
        .boxed()
        .findFirst();
  }
}
