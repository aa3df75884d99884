/** The briefing core: pure functions of (dossier, input, clock) that return the neutral Reply model. */
export { brief } from './brief.js';
export { timeline, timelineEvents, type TimelineQuery } from './timeline.js';
export { eventDetail } from './event.js';
export { actors } from './actors.js';
export { sources } from './sources.js';
export { since, eventsSince } from './since.js';
export { trend } from './trend.js';
export { chartData, chartReply, sparkline, type ChartData, type ChartQuery } from './chart.js';
export { chartSpec } from './chart-spec.js';
export { findActor, findIsland } from './lookup.js';
export type { Reply, ReplyItem, ReplySection, Trend, TrendDirection } from './reply.js';
// Answers are ./answer/index.js, imported on their own: the engine is the bulk of the core, and
// `/kuril ask` loads it on the first question rather than at start-up (commands/kuril/ask.ts).
