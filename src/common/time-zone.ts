/**
 * IANA time-zone names (Europe/Berlin, Asia/Tokyo, UTC). Used by the configuration (TZ_DEFAULT), the
 * command options (tz:) and the digest store's records, so it sits below all three.
 */

const known = new Map<string, boolean>();

/** True for a zone name this runtime knows. Answers are cached: building an Intl formatter is slow. */
export function isTimeZone(name: string): boolean {
  let answer = known.get(name);
  if (answer === undefined) {
    answer = checkTimeZone(name);
    // A bounded cache: user input could otherwise grow it without end.
    if (known.size < 1_000) known.set(name, answer);
  }
  return answer;
}

function checkTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone's canonical IANA name as the runtime spells it (`asia/tokyo` → `Asia/Tokyo`); the name itself if unknown. */
export function canonicalTimeZone(name: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return name;
  }
}
