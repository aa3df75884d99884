/**
 * Who is calling, in platform-neutral terms. Adapters build it from a platform payload; the command
 * layer and the digest service read it. It lives here, below both, so neither imports the other.
 */

export const PLATFORMS = ['console', 'discord', 'slack'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * A right a command may need. `manageChannel`: may change this channel's daily digest (Discord:
 * Manage Channels or Manage Server; Slack: a workspace admin or owner; the console: always).
 * `curator`: may review, approve and reject news reports (named in CURATORS; the console: always).
 */
export type Right = 'manageChannel' | 'curator';

export interface Caller {
  readonly platform: Platform;
  readonly userId: string;
  readonly userName?: string;
  /** Where the command was typed; undefined in the console. */
  readonly channelId?: string;
  /** Discord guild or Slack team. */
  readonly workspaceId?: string;
  /**
   * Which bot the caller reached, so two deployments sharing a store never touch each other's
   * channels: the Discord application id, or `<team id>.<bot id>` on Slack (`<enterprise id>.<bot id>`
   * for an org-wide install: adapters/slack/scope.ts). Undefined in the console.
   */
  readonly scope?: string;
  /** A direct message (or the console), not a shared channel. */
  readonly isDirect: boolean;
  /**
   * Whether the caller holds a right where they typed. Asked only by the commands that need it, so a
   * platform that must look it up (Slack's users.info) does so only then. A failed lookup is "no".
   */
  readonly can: (right: Right) => Promise<boolean>;
}

/** A caller's rights when they are known up front (Discord permissions, the console, tests). */
export function fixedRights(rights: Partial<Record<Right, boolean>>): Caller['can'] {
  return (right) => Promise.resolve(rights[right] === true);
}
