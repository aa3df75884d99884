import { actors } from '../../briefings/index.js';
import { defineCommand } from '../command.js';

export default defineCommand({
  name: 'actors',
  description: 'People, states and institutions on record, with roles and aliases',
  options: {},
  examples: ['/kuril actors'],
  run: (_input, ctx) => actors(ctx.dossier),
});
