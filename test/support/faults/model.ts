/**
 * The simple model the randomized run is checked against: per channel, the stretches of time in which
 * it was live (subscribed and not paused) with fixed settings, and the ticks. From them alone it says
 * which channel-days were owed (must have been sent once) and which sends were wrong. Due times are
 * computed here independently of src/digests, to the hour on days when the clocks change, so every
 * check allows an hour either side.
 */

export interface Settings {
  readonly time: string;
  readonly tz: string;
}

export interface LiveStretch extends Settings {
  readonly channel: string;
  /** When it became live (subscribed, resumed) with these settings. */
  readonly from: number;
  /** When it stopped (paused, unsubscribed, settings changed); undefined while it lasts. */
  to?: number;
  /** The steps that began and ended it: several steps can happen at one instant, so order is by step. */
  readonly fromStep: number;
  toStep?: number;
}

export interface Send {
  readonly channel: string;
  readonly day: string;
  readonly at: number;
  /** The step (a tick or a restart) that sent it. */
  readonly step: number;
}

const HOUR = 3_600_000;
export const GRACE = 6 * HOUR;

/** The UTC offset of `tz` at instant `t`, in ms. */
function offset(t: number, tz: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(t);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - (t - (t % 60_000));
}

/** When `time` on local `day` in `tz` falls (to the hour on a day the clocks change). */
export function modelDue(day: string, { time, tz }: Settings): number {
  const wall = Date.parse(`${day}T${time}:00Z`);
  return wall - offset(wall - offset(wall, tz), tz);
}

export function dayOf(t: number, tz: string): string {
  return new Date(t + offset(t, tz)).toISOString().slice(0, 10);
}

export function shift(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export interface Findings {
  readonly duplicates: string[];
  readonly wrong: string[];
  readonly missed: string[];
  readonly owed: number;
}

export function check(stretches: readonly LiveStretch[], ticks: readonly number[], sends: readonly Send[], end: number): Findings {
  const duplicates: string[] = [];
  const wrong: string[] = [];
  const missed: string[] = [];
  const seen = new Set<string>();
  for (const send of sends) {
    const key = `${send.channel} ${send.day}`;
    if (seen.has(key)) duplicates.push(key);
    seen.add(key);
    const live = stretches.find((s) => s.channel === send.channel && s.fromStep < send.step && send.step < (s.toStep ?? Infinity));
    if (!live) {
      wrong.push(`${key}: sent at ${new Date(send.at).toISOString()} while not live`);
      continue;
    }
    const due = modelDue(send.day, live);
    if (send.at < due - HOUR) wrong.push(`${key}: sent at ${new Date(send.at).toISOString()}, before it was due`);
    if (due + HOUR < live.from) wrong.push(`${key}: due before the subscription (or its change) at ${new Date(live.from).toISOString()}`);
  }
  let owed = 0;
  for (const stretch of stretches) {
    const to = stretch.to ?? end;
    for (let day = shift(dayOf(stretch.from, stretch.tz), -1); day <= dayOf(to, stretch.tz); day = shift(day, 1)) {
      const due = modelDue(day, stretch);
      if (due - HOUR < stretch.from) continue;
      // owed: live from an hour before it was due through a tick at least an hour after, within the grace window
      const tick = ticks.find((t) => t >= due + HOUR && t < due + GRACE - HOUR && t < to);
      if (tick === undefined) continue;
      owed++;
      if (!seen.has(`${stretch.channel} ${day}`)) missed.push(`${stretch.channel} ${day} (due about ${new Date(due).toISOString()} in ${stretch.tz} at ${stretch.time}, ticked at ${new Date(tick).toISOString()})`);
    }
  }
  return { duplicates, wrong, missed, owed };
}
