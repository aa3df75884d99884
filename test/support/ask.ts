import { answerQuestion, type AnswerResult } from '../../src/briefings/answer/index.js';
import { realDossier } from './fixtures.js';

/**
 * Questions to the shipped dossier, for the answer engine's tests: the same clock as the evaluation
 * sets (the newest records are from February 2026, so "last year" is 2025).
 */
export const ASK_NOW = new Date('2026-03-01T12:00:00Z');

export const ask = (question: string, now: Date = ASK_NOW): AnswerResult => answerQuestion(realDossier(), question, now);
/** The answer's opening text: "Yes. …", the date lead, or the decline. */
export const lead = (question: string, now?: Date): string => ask(question, now).reply.lead ?? '';
export const declined = (question: string, now?: Date): boolean => ask(question, now).declined;
/** The ids of the events cited, the one answered from first. */
export const cited = (question: string, now?: Date): string[] => ask(question, now).events.map((e) => e.id);
export const firstCited = (question: string, now?: Date): string | undefined => ask(question, now).events[0]?.id;
