import { noticeReply } from '../../briefings/reply.js';
import { defineCommand } from '../command.js';
import { option, required } from '../options.js';

export default defineCommand({
  name: 'ask',
  description: 'Ask a question; the answer cites the events it comes from',
  options: {
    question: required(option.string('Your question, in plain words', { rest: true, maxLength: 2_000, placeholder: 'question' })),
  },
  examples: ['/kuril ask when did Russia suspend the peace talks?', '/kuril ask who is Muneo Suzuki?'],
  run: () =>
    noticeReply(
      'Questions are not answered yet',
      'Free-form answers are coming soon. Meanwhile: /kuril brief for the state of the dispute, /kuril timeline from:2022 to:2022 for a period, /kuril actors for who is who.',
    ),
});
