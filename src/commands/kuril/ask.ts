import type * as AnswerEngine from '../../briefings/answer/index.js';
import { cleanQuestion } from '../../briefings/answer/clean-question.js';
import { errorReply, type Reply } from '../../briefings/reply.js';
import { defineCommand } from '../command.js';
import { option } from '../options.js';
import { cleanLine, quoteUserText } from '../sanitize.js';

/**
 * `/kuril ask <question>`, and every line typed to the bot that is not a command (runText):
 * a short answer from the event set with its sources, or an honest "not in my sources".
 * Guards: a per-user rate limit, a 500-character cut, help for empty or emoji-only text, and user
 * text is never echoed with live mentions.
 */

/**
 * The answer engine, imported on the first question: it is most of the briefing core's modules, and
 * loading it at start-up kept the first reply of every other command waiting (docs/benchmarks.md).
 */
let engine: Promise<typeof AnswerEngine> | undefined;
const answerEngine = () => (engine ??= import('../../briefings/answer/index.js'));

/** Questions longer than this are cut (at a word boundary) and answered with a note. */
export const ASK_MAX_LENGTH = 500;

const EXAMPLES = ['/kuril ask when did Russia suspend the peace talks?', '/kuril ask who is Muneo Suzuki?'];

function helpReply(typed: string): Reply {
  const seen = typed ? `I could not find a question in “${quoteUserText(typed, 40)}”. ` : '';
  return {
    kind: 'help',
    title: 'Ask a question',
    lead: `${seen}Ask about the Russia–Japan dispute over the southern Kuril Islands in plain words; the answer cites the events it comes from.`,
    sections: [
      {
        heading: 'For example',
        text: ['when did Russia suspend the peace talks?', 'who is Muneo Suzuki?', 'how many troops took part in the March 2022 drills?', 'what happened on Iturup in 2019?'].join('\n'),
        items: [],
      },
      { heading: 'Also', text: '/kuril brief for where the dispute stands · /kuril timeline for every event · /kuril help for all commands', items: [] },
    ],
    visibility: 'ephemeral',
  };
}

/** Cuts a long question at the last word boundary before the limit. */
export function cutQuestion(text: string, max: number = ASK_MAX_LENGTH): { text: string; cut: boolean } {
  const chars = [...text];
  if (chars.length <= max) return { text, cut: false };
  const head = chars.slice(0, max).join('');
  const space = head.lastIndexOf(' ');
  return { text: (space > max * 0.8 ? head.slice(0, space) : head).trim(), cut: true };
}

export default defineCommand({
  name: 'ask',
  description: 'Ask a question; the answer cites the events it comes from',
  options: {
    // Not required: an empty question gets help rather than a validation error.
    question: option.string('Your question, in plain words', { rest: true, maxLength: 2_000, placeholder: 'question' }),
  },
  examples: EXAMPLES,
  run: async ({ question }, ctx) => {
    const typed = cleanLine(question ?? '').trim();
    // Mentions, links and emoji are not a question.
    if (!/[\p{L}\p{N}]/u.test(cleanQuestion(typed))) return helpReply(typed);

    const verdict = ctx.askLimiter.take(`${ctx.caller.platform}:${ctx.caller.userId}`, ctx.now);
    if (!verdict.ok) {
      const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
      return errorReply(
        'Too many questions',
        `You have asked ${verdict.limit} question${verdict.limit === 1 ? '' : 's'} in the last minute. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and ask again.`,
        '/kuril brief and /kuril timeline answer without a limit.',
      );
    }

    const { text, cut } = cutQuestion(typed);
    const { answer } = await answerEngine();
    const reply = answer(ctx.dossier, text, ctx.now);
    if (!cut) return reply;
    const note = `Your question was over ${ASK_MAX_LENGTH} characters, so only its first ${ASK_MAX_LENGTH} were read.`;
    return { ...reply, footer: reply.footer ? `${note} · ${reply.footer}` : note };
  },
});
