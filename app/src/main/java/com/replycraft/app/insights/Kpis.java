package com.replycraft.app.insights;

import org.jspecify.annotations.Nullable;

/**
 * The KPIs of one group (a channel, team or agent) over a period. Times in calendar time unless
 * named business; rates are shares 0..1; null where nothing could be measured.
 *
 * @param nextResponseMedianMinutes median wait of the customer's later turns
 * @param targetAdherence share of customer messages answered within the channel's target (an
 *     unanswered one counts as missed once its target has passed; a closing thanks is left out)
 */
public record Kpis(
    String group,
    long conversations,
    @Nullable Double firstResponseMedianMinutes,
    @Nullable Double firstResponseP90Minutes,
    @Nullable Double firstResponseBusinessMedianMinutes,
    @Nullable Double nextResponseMedianMinutes,
    @Nullable Double cycleTimeMedianHours,
    @Nullable Double resolutionRate,
    @Nullable Double targetAdherence,
    @Nullable Double targetAdherenceBusiness,
    @Nullable Double silentDropRate) {}
