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
export { answer, answerQuestion, type AnswerResult } from './answer/index.js';
