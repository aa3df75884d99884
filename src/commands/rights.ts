import type { Caller, Platform, Right } from '../common/caller.js';

/**
 * Rights in users' words: who holds each right on each platform, for refusals and help. The adapters
 * decide whether a caller holds it (`Caller.can`); this says it.
 */
const WHO: Readonly<Record<Right, Readonly<Record<Platform, string>>>> = {
  manageChannel: {
    discord: 'members with the Manage Channels or Manage Server permission',
    slack: 'workspace admins and owners, or the person who subscribed this channel',
    console: 'someone who manages this channel',
  },
  curator: {
    discord: 'the curators named in the bot’s settings',
    slack: 'the curators named in the bot’s settings',
    console: 'the bot’s operator',
  },
};

/** "Only … can …": one sentence naming who holds a right on the caller's platform. */
export function whoMay(right: Right, platform: Platform, what: string): string {
  const who = WHO[right][platform];
  return `Only ${who} can ${what}.`;
}

/** The caller's answer to `can(right)`, asked at most once however often a command checks. */
export function rememberRights(caller: Caller): Caller {
  const answers = new Map<Right, Promise<boolean>>();
  return {
    ...caller,
    can(right) {
      let answer = answers.get(right);
      if (!answer) {
        answer = caller.can(right).catch(() => false);
        answers.set(right, answer);
      }
      return answer;
    },
  };
}
