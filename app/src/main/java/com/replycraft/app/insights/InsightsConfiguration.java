package com.replycraft.app.insights;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The insights calendar (zone and business hours) and fact calculator, built once from settings.
 */
@Configuration
@EnableConfigurationProperties(InsightsProperties.class)
class InsightsConfiguration {

  @Bean
  InsightsCalendar insightsCalendar(InsightsProperties properties) {
    return InsightsCalendar.of(properties);
  }

  @Bean
  FactCalculator factCalculator(InsightsCalendar calendar) {
    return new FactCalculator(calendar, new ClosingMessages());
  }
}
