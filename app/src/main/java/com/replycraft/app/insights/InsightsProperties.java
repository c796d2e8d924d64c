package com.replycraft.app.insights;

import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code replycraft.insights.*}.
 *
 * @param zone the zone periods (day, week, month) and business hours are read in; timestamps stay
 *     UTC
 * @param businessHours per channel name, e.g. {@code EMAIL=Mon-Fri 09:00-17:00}; a channel without
 *     an entry is staffed around the clock
 */
@ConfigurationProperties("replycraft.insights")
record InsightsProperties(
    @DefaultValue("UTC") ZoneId zone, @DefaultValue Map<String, String> businessHours) {}
