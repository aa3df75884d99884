import type { Command } from './command.js';
import actors from './kuril/actors.js';
import { alerts } from './kuril/alerts.js';
import ask from './kuril/ask.js';
import brief from './kuril/brief.js';
import chart from './kuril/chart.js';
import { pause, preview, resume, subscribe, unsubscribe } from './kuril/digest.js';
import event from './kuril/event.js';
import exportCommand from './kuril/export.js';
import { approve, propose, reject, review } from './kuril/curation.js';
import { helpCommand } from './kuril/help.js';
import sources from './kuril/sources.js';
import status from './kuril/status.js';
import timeline from './kuril/timeline.js';

/** The /kuril command tree, in the order help and the platforms list it. */
export const commands: readonly Command[] = [
  brief,
  timeline,
  chart,
  event,
  actors,
  sources,
  exportCommand,
  ask,
  subscribe,
  unsubscribe,
  pause,
  resume,
  preview,
  alerts,
  status,
  review,
  approve,
  reject,
  propose,
  helpCommand(() => commands),
] as unknown as readonly Command[];

export const ROOT_COMMAND = { name: 'kuril', description: 'Sourced briefings on the Russia–Japan Kuril Islands dispute' } as const;

export function findCommand(name: string): Command | undefined {
  const wanted = name.trim().toLowerCase();
  return commands.find((c) => c.name === wanted);
}
