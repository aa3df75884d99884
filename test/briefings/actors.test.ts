import { describe, expect, it } from 'vitest';
import { actors } from '../../src/briefings/actors.js';
import { fixtureDossier, realDossier } from '../support/fixtures.js';

/** /kuril actors: only actors that appear in events, each with its own and its members' latest event. */
describe('actors', () => {
  it('counts and lists only actors that appear in events, directly or through their members', () => {
    // The fixture knows Japan, Russia and Russia's MFA; the one event names only the MFA.
    const reply = actors(fixtureDossier([{ actors: ['russian-mfa'] }]));
    const listed = reply.sections.flatMap((s) => s.items.map((i) => i.title));
    expect(listed.sort()).toEqual(['Russia', 'Russian Ministry of Foreign Affairs']);
    expect(reply.lead).toMatch(/^2 people and bodies appear in the events on record/);
  });

  it('gives a body the latest event of its members: the Kremlin speaks through Peskov', () => {
    const dossier = realDossier();
    const reply = actors(dossier);
    const item = (name: string) => reply.sections.flatMap((s) => s.items).find((i) => i.title === name)!;
    const latestPeskov = dossier.events.filter((e) => e.actors.includes('dmitry-peskov')).at(-1)!;
    expect(item('Kremlin').text).toContain(`latest 20 February 2026: ${latestPeskov.title}`);
    // The Japanese government has no event of its own, but its prime ministers do.
    const latestTakaichi = dossier.events.filter((e) => e.actors.includes('sanae-takaichi')).at(-1)!;
    expect(item('Government of Japan').text).toContain(latestTakaichi.title);
    const named = new Set(dossier.events.flatMap((e) => e.actors));
    expect(reply.sections.flatMap((s) => s.items).length).toBeGreaterThanOrEqual(named.size);
  });
});
