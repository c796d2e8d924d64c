package com.replycraft.app.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void parses_a_range_of_days_and_hours() {
    BusinessHours hours = BusinessHours.parse("Mon-Fri 09:00-17:00", BERLIN);

    assertThat(hours.days()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  @Test
  void counts_only_staffed_time_in_the_channels_zone() {
    BusinessHours hours = BusinessHours.parse("Mon-Fri 09:00-17:00", BERLIN);
    // Friday 20 Nov 15:00 UTC = 16:00 Berlin, to Monday 23 Nov 08:30 UTC = 09:30 Berlin:
    // 1 h on Friday + 30 min on Monday.
    Duration staffed =
        hours.between(Instant.parse("2026-11-20T15:00:00Z"), Instant.parse("2026-11-23T08:30:00Z"));

    assertThat(staffed).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void a_wait_entirely_over_the_weekend_is_zero_business_time() {
    BusinessHours hours = BusinessHours.parse("Mon-Fri 09:00-17:00", BERLIN);

    assertThat(
            hours.between(
                Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-22T18:00:00Z")))
        .isZero();
  }

  @Test
  void refuses_hours_it_cannot_read() {
    assertThatThrownBy(() -> BusinessHours.parse("weekdays 9 to 5", BERLIN))
        .hasMessageContaining("Mon-Fri 09:00-17:00");
    assertThatThrownBy(() -> BusinessHours.parse("Mon-Fri 17:00-09:00", BERLIN))
        .hasMessageContaining("open before");
  }
}
