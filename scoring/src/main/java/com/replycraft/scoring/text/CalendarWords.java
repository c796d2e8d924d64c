package com.replycraft.scoring.text;

import java.util.Set;

/**
 * The names of days and months, shared by the analyser (which counts them as specifics a reply can
 * echo) and the time-expression recogniser. A class of constants with no dependencies, so either
 * can load first.
 */
final class CalendarWords {

  static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  private CalendarWords() {}
}
