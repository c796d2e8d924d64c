package com.replycraft.app.insights;

import com.replycraft.app.ReplyCraftTest;

/** The KPI aggregates on H2, in the shared test context. */
@ReplyCraftTest
class InsightsAggregatesOnH2Test extends InsightsAggregatesContract {}
