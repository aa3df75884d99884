/**
 * Fake platform tokens for tests. Built from parts so the source never holds a string that secret
 * scanners (rightly) flag as a real Slack token.
 */
export function fakeSlackToken(kind: 'xoxb' | 'xoxp' | 'xapp', label: string): string {
  return `${kind}-${label}`;
}
