import { sources } from '../../briefings/index.js';
import { defineCommand } from '../command.js';

export default defineCommand({
  name: 'sources',
  description: 'Every outlet on record, by type and country, with links and the balance of the record',
  options: {},
  examples: ['/kuril sources'],
  run: (_input, ctx) => sources(ctx.dossier),
});
