/** Direct questions: grounded, cited answers from the event set (issue 6). */
export { answer, answerQuestion } from './route.js';
export { MIN_COVERAGE } from './pick.js';
export { ANSWER_TITLE, type AnswerPath, type AnswerResult } from './respond.js';
export { CLOSEST_HEADING, DECLINE_TITLE } from './answerers/decline.js';
export { answerIndex, buildAnswerIndex, type AnswerIndex } from './search-index.js';
export { parseQuestionDates, describeRange, type DateRange } from './question-dates.js';
export { detectIntent, type Intent } from './intent.js';
export { cleanQuestion } from './plan.js';
