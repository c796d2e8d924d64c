/**
 * Insights: async KPIs (first-response and next-response time, case cycle time, resolution rate,
 * response-target adherence, silent drops) and quality trends per channel, team, agent and period.
 * Facts are derived once per stored conversation ({@link
 * com.replycraft.app.insights.ConversationFacts}) and every KPI is a database aggregate over them
 * ({@link com.replycraft.app.insights.InsightsQueries}); {@link
 * com.replycraft.app.insights.InsightsService} decides who sees what.
 */
@NullMarked
package com.replycraft.app.insights;

import org.jspecify.annotations.NullMarked;
