/** Direct questions: grounded, cited answers from the event set (issue 6). */
export { answer, answerQuestion, ANSWER_TITLE, DECLINE_TITLE, MIN_COVERAGE, type AnswerPath, type AnswerResult } from './answer.js';
export { answerIndex, buildAnswerIndex, type AnswerIndex } from './search-index.js';
export { parseQuestionDates, describeRange, type DateRange } from './question-dates.js';
export { detectIntent, type Intent } from './intent.js';
export { cleanQuestion } from './plan.js';
