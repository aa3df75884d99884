import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import { brief } from '../../../src/briefings/brief.js';
import { parseCommandLine } from '../../../src/commands/parse.js';
import { commands } from '../../../src/commands/registry.js';
import { realDossier } from '../../support/fixtures.js';

describe('the console renderer', () => {
  it('ends the brief with its chart as the command to type, which the parser reads as the chart of the last twelve months', () => {
    const lines = renderText(brief(realDossier(), new Date('2026-11-26T09:00:00Z'))).split('\n');
    expect(lines.slice(-2)).toEqual(['', 'Chart: /kuril chart from:2025-12']);
    const typed = lines.at(-1)!.slice('Chart: '.length);
    expect(parseCommandLine(typed, commands)).toMatchObject({ ok: true, request: { name: 'chart', raw: { from: '2025-12' } } });
  });

  it('prints no action line for a reply without actions', () => {
    const text = renderText({ kind: 'notice', title: 'Done', lead: 'Nothing else.', sections: [], visibility: 'ephemeral' });
    expect(text).toBe('Done\nNothing else.');
  });
});
