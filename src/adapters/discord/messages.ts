import type { Client, Message, MessageCreateOptions } from 'discord.js';
import { apologise } from '../../commands/apology.js';
import { runText } from '../../commands/text.js';
import { commandContext, type AdapterDeps } from '../adapter.js';
import { discordCaller } from './caller.js';
import type { InteractionOptions } from './interactions.js';
import { renderReply, type DiscordMessage } from './render.js';

/** Nothing the bot sends may ping: user text is echoed in errors, and data is not ours to ping with. */
export const NO_PINGS = { parse: [], repliedUser: false } as const;

/**
 * Direct messages and mentions: the text (without the mention) goes the one way typed text goes
 * (runText: help, a command such as `/kuril timeline`, or a question), and the reply comes back as a
 * reply to the message.
 */
export function messageHandler(deps: AdapterDeps, client: Client, options: Pick<InteractionOptions, 'beforeCommand'>) {
  const { log } = deps;
  const curators = new Set(deps.config.CURATORS);

  async function send(message: Message, payload: DiscordMessage): Promise<void> {
    const body: MessageCreateOptions = { ...payload, allowedMentions: NO_PINGS };
    if (message.channel.isSendable()) await message.channel.send(body);
  }

  return async function onMessage(message: Message): Promise<void> {
    const me = client.user;
    if (!me || message.author.bot || message.system || message.webhookId) return;
    let text = message.content;
    if (message.guildId) {
      const mention = new RegExp(`<@!?${me.id}>`, 'g');
      if (!mention.test(text)) return;
      text = text.replace(mention, ' ');
    }
    text = text.replace(/\s+/g, ' ').trim();
    const caller = discordCaller(message, curators);
    try {
      await options.beforeCommand?.({ text }, caller);
      const [first, ...rest] = renderReply(await runText(text, commandContext(deps, caller)));
      await message.reply({ ...first!, allowedMentions: NO_PINGS });
      for (const more of rest) await send(message, more);
    } catch (error) {
      const [apology] = renderReply(apologise(log, error, { platform: 'discord', direct: caller.isDirect }, 'discord message reply failed'));
      await send(message, apology!).catch((second: unknown) => log.error({ err: second, platform: 'discord' }, 'discord apology could not be sent either'));
    }
  };
}
