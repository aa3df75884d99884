import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseEvalSet } from '../../src/briefings/answer/evaluate.js';
import { loadDossier } from '../../src/dossier/load.js';

/**
 * The same evaluation as `npm run eval`: on the shipped dossier, each set must score at least 95%
 * and answer none of the questions the record cannot answer. questions.yaml is the tuning set; the
 * held-out sets are never used to tune the engine.
 */
const PASS_MARK = 0.95;

/**
 * holdout-2.yaml is below the bar: 44/82 on its first run (the engine before issue 12), 78/82 with
 * one unanswerable question answered after four rounds of tuning on questions.yaml, 77/82 after round
 * 5 and after rounds 6 and 7. The one it lost went with a reaction rule that keeps a round-5 tuning question from being
 * answered when it should be declined ("a later record is a reaction only if it names what was
 * reacted to"); found by running the merged commits one at a time and reading totals only, never the
 * set. Until the engine reaches the bar (issue 12 stays open), this floor only stops it getting worse;
 * it is never a target to tune against. Replace it with PASS_MARK and no wrong answers once the engine
 * gets there.
 */
const HOLDOUT_2_FLOOR = { accuracy: 77 / 82, answeredUnanswerable: 1 };
/**
 * holdout-3.yaml was written for issue 12 before the engine's next changes, by someone who had not
 * read the engine, and scored 53/80 (66.3%) with 1 unanswerable question answered on its first run
 * (`npm run eval -- test/eval/holdout-3.yaml`); 54/80 after tuning rounds 3 to 5 on questions.yaml,
 * 63/80 after rounds 6 to 8, 65/80 after round 9, 66/80 after round 12, 67/80 after round 16, each time with 1 answered. An audit of its
 * expectations against the records alone (not the engine) found 79 of 80 right and 1 ambiguous.
 * This floor is today's score: it only stops the engine getting worse and is never a target to tune
 * against. Replace it with PASS_MARK and no wrong answers once the engine gets there.
 */
const HOLDOUT_3_FLOOR = { accuracy: 67 / 80, answeredUnanswerable: 1 };
/**
 * holdout-4.yaml was written for tuning round 6 of issue 12, before that round changed the engine, by
 * two people who had read neither the engine nor any other set, and scored 93/140 (66.4%) with 2
 * unanswerable questions answered on its first run; 110/140 after rounds 6 and 7, 111/140 after round 8, 113/140 with 1 answered after round 10, 115/140 after round 11, 117/140 after round 13, 116/140 after round 14 (its rule that a how-, first- or restored-question needs a record holding that cost
 * two here and saved one made-up answer on holdout-9; kept, as a made-up answer is the worse failure), 115/140
 * after round 15 (its rule that a thing no record names must be held by the answering record in a related
 * word, unheld-word.ts, cost one here and saved one made-up answer on holdout-9 and one on holdout-10; kept
 * for the same reason), 114/140 after round 16 (its rule that answers the order of two things from their records' dates
 * cost one here; turned off, nine of its own tests get wrong answers, such as "Was the Tokyo Declaration
 * signed after the Irkutsk Statement?" → "Yes"; kept). It is the rounds'
 * transfer check (only its totals are read, after each merge). This floor is today's score: it only
 * stops the engine getting worse.
 */
const HOLDOUT_4_FLOOR = { accuracy: 114 / 140, answeredUnanswerable: 1 };
/**
 * holdout-5.yaml was written for tuning round 8 of issue 12, before that round changed the engine, by
 * two people who had read neither the engine nor any other set, and scored 79/111 (71.2%) with 1
 * unanswerable question answered on its first run; 85/111 with none answered after round 8, 87/111 after round 11, 89/111 after round 12, 90/111 after round 15, 91/111 after round 16. It is read
 * only once a round is merged (totals only). This floor is today's score: it only stops the engine
 * getting worse.
 */
const HOLDOUT_5_FLOOR = { accuracy: 91 / 111, answeredUnanswerable: 0 };
/**
 * holdout-6.yaml is every third question of round 11's two blind-written development sets (dev-11a,
 * dev-11b), set aside before the round changed the engine: 46/63 (73.0%) with none answered that
 * should be declined on its first run, 52/63 after round 11, 54/63 after round 12, 56/63 after round 13. This floor is today's score: it only
 * stops the engine getting worse.
 */
const HOLDOUT_6_FLOOR = { accuracy: 56 / 63, answeredUnanswerable: 0 };
/**
 * holdout-7.yaml is every third question of round 12's two blind-written development sets (dev-12a,
 * dev-12b), set aside before their first run: 45/63 (71.4%) with 1 unanswerable question answered on
 * its first run, on the engine after round 11; the same after round 12, 46/63 after round 13, 47/63 after round 15. This floor is that score: it
 * only stops the engine getting worse.
 */
const HOLDOUT_7_FLOOR = { accuracy: 47 / 63, answeredUnanswerable: 1 };
/**
 * holdout-8.yaml is every third pair of round 13's red-team sets (dev-13a, dev-13b): a question the
 * records cannot answer, worded to look answerable, and its answerable twin; set aside before their
 * first run. First run: 52/66 (78.8%) with 6 of its 33 unanswerable questions answered; 54/66 with 5
 * after round 13, 55/66 with 5 after round 15, 58/66 with 4 after round 16. The count of answered ones is a ceiling here, not a target: it only stops it growing.
 */
const HOLDOUT_8_FLOOR = { accuracy: 58 / 66, answeredUnanswerable: 4 };
/**
 * holdout-9.yaml is every third pair of round 14's red-team sets (dev-14a, dev-14b), set aside before
 * their first run: 37/56 (66.1%) with 5 of its 28 unanswerable questions answered; 43/56 with 5 after
 * round 14, 44/56 with 4 after round 15. The count of answered ones is a ceiling, not a target.
 */
const HOLDOUT_9_FLOOR = { accuracy: 44 / 56, answeredUnanswerable: 4 };
/**
 * holdout-10.yaml is every third pair of round 15's red-team sets (dev-15a, dev-15b: a record plus one
 * element no record gives), set aside before their first run: 50/54 (92.6%) with 3 of its 27
 * unanswerable questions answered; 51/54 with 2 after round 15. The count of answered ones is a
 * ceiling, not a target.
 */
const HOLDOUT_10_FLOOR = { accuracy: 51 / 54, answeredUnanswerable: 2 };
/**
 * holdout-11a.yaml and holdout-11b.yaml were written blind after round 15 (writers K and L, the same
 * kind of red-team pairs as dev-15) and held out whole, to measure how far round 15 reaches: on the
 * engine before round 15, 51/60 with 5 answered and 50/60 with 1; after it, 53/60 with 4 and 50/60
 * with 1. Floors at that score; the counts of answered ones are ceilings, not targets.
 */
const HOLDOUT_11A_FLOOR = { accuracy: 53 / 60, answeredUnanswerable: 4 };
const HOLDOUT_11B_FLOOR = { accuracy: 50 / 60, answeredUnanswerable: 1 };
/**
 * holdout-12.yaml was written blind before round 16 (writer O, mixed new users' questions of every
 * category) and held out whole; holdout-13.yaml is every third question of round 16's sets (dev-16a,
 * dev-16b: yes/no-heavy, in chat and in full sentences), set aside before their first run. On the
 * engine before round 16: 68/80 with 4 answered, and 39/60 with 4; after it, 69/80 with 3 and 40/60
 * with 3. Floors at that score; the counts of answered ones are ceilings, not targets.
 */
const HOLDOUT_12_FLOOR = { accuracy: 69 / 80, answeredUnanswerable: 3 };
const HOLDOUT_13_FLOOR = { accuracy: 40 / 60, answeredUnanswerable: 3 };
const readSet = (name: string) => parseEvalSet(readFileSync(fileURLToPath(new URL(`./${name}`, import.meta.url)), 'utf8'));

describe.each([
  { name: 'questions.yaml', role: 'the tuning set', bar: { accuracy: PASS_MARK, answeredUnanswerable: 0 } },
  { name: 'holdout.yaml', role: 'held out, first set', bar: { accuracy: PASS_MARK, answeredUnanswerable: 0 } },
  { name: 'holdout-2.yaml', role: 'held out, written for issue 12 before the engine changed', bar: HOLDOUT_2_FLOOR },
  { name: 'holdout-3.yaml', role: 'held out, written for issue 12 before the engine changed again', bar: HOLDOUT_3_FLOOR },
  { name: 'holdout-4.yaml', role: 'held out, written for tuning round 6 of issue 12', bar: HOLDOUT_4_FLOOR },
  { name: 'holdout-5.yaml', role: 'held out, written for tuning round 8 of issue 12', bar: HOLDOUT_5_FLOOR },
  { name: 'holdout-6.yaml', role: 'held out, a third of the sets written for tuning round 11 of issue 12', bar: HOLDOUT_6_FLOOR },
  { name: 'holdout-7.yaml', role: 'held out, a third of the sets written for tuning round 12 of issue 12', bar: HOLDOUT_7_FLOOR },
  { name: 'holdout-8.yaml', role: 'held out, a third of the red-team pairs of round 13 of issue 12', bar: HOLDOUT_8_FLOOR },
  { name: 'holdout-9.yaml', role: 'held out, a third of the red-team pairs of round 14 of issue 12', bar: HOLDOUT_9_FLOOR },
  { name: 'holdout-10.yaml', role: 'held out, a third of the red-team pairs of round 15 of issue 12', bar: HOLDOUT_10_FLOOR },
  { name: 'holdout-11a.yaml', role: 'held out whole, red-team pairs written after round 15 of issue 12', bar: HOLDOUT_11A_FLOOR },
  { name: 'holdout-11b.yaml', role: 'held out whole, red-team pairs written after round 15 of issue 12', bar: HOLDOUT_11B_FLOOR },
  { name: 'holdout-12.yaml', role: 'held out whole, new users\' questions written before round 16 of issue 12', bar: HOLDOUT_12_FLOOR },
  { name: 'holdout-13.yaml', role: 'held out, a third of the sets written for round 16 of issue 12', bar: HOLDOUT_13_FLOOR },
])('question-answering evaluation: $name ($role)', ({ name, bar }) => {
  const set = readSet(name);
  const report = evaluate(loadDossier(), set);

  it(`answers at least ${Math.floor(bar.accuracy * 1000) / 10}% correctly`, () => {
    const failures = report.outcomes.filter((o) => !o.pass).map((o) => `${o.question} -> missing ${o.missing.join(', ')}`);
    expect(report.accuracy, failures.join('\n')).toBeGreaterThanOrEqual(bar.accuracy - 1e-9);
  });

  it(`declines the questions the record cannot answer (at most ${bar.answeredUnanswerable} answered)`, () => {
    const answered = report.outcomes.filter((o) => o.declineExpected && !o.declined).map((o) => o.question);
    expect(answered.length, answered.join('\n')).toBeLessThanOrEqual(bar.answeredUnanswerable);
  });
});

describe('the evaluation sets', () => {
  it.each(['questions.yaml', 'holdout-2.yaml', 'holdout-3.yaml', 'holdout-4.yaml', 'holdout-5.yaml'])('%s has at least 60 questions, 10 of them unanswerable', (name) => {
    const set = readSet(name);
    expect(set.questions.length).toBeGreaterThanOrEqual(60);
    expect(set.questions.filter((q) => 'decline' in q).length).toBeGreaterThanOrEqual(10);
  });

  it.each(['holdout-2.yaml', 'holdout-3.yaml', 'holdout-4.yaml', 'holdout-5.yaml'])('%s covers every category the issue names', (name) => {
    const categories = new Set(readSet(name).questions.map((q) => q.category));
    for (const c of ['islands', 'positions', 'status', 'actors', 'latest', 'most recent', 'yes/no', 'start/end', 'paraphrase', 'reaction', 'decline']) expect(categories).toContain(c);
  });
});
