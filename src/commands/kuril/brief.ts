import { brief } from '../../briefings/index.js';
import { defineCommand } from '../command.js';

export default defineCommand({
  name: 'brief',
  description: 'State of the dispute: latest developments, trend, positions, what to watch',
  options: {},
  examples: ['/kuril', '/kuril brief'],
  run: (_input, ctx) => brief(ctx.dossier, ctx.now),
});
