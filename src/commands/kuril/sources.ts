import { sources } from '../../briefings/index.js';
import { defineCommand } from '../command.js';

export default defineCommand({
  name: 'sources',
  description: 'Every outlet the event set cites, with links',
  options: {},
  examples: ['/kuril sources'],
  run: (_input, ctx) => sources(ctx.dossier),
});
