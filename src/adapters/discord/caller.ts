import { PermissionFlagsBits, type Interaction, type Message } from 'discord.js';
import { fixedRights, type Caller } from '../../common/caller.js';

/**
 * The one Discord Caller, from an interaction or a message. In a direct message the caller manages
 * their own channel; in a server, Manage Channels or Manage Server decides (Discord sends the member's
 * permissions with the payload, so no lookup is needed). Curators are named in CURATORS.
 */
export function discordCaller(source: Interaction | Message, curators: ReadonlySet<string>): Caller {
  const user = 'author' in source ? source.author : source.user;
  const isDirect = !source.guildId;
  // the bot's application (Caller.scope): the interaction names it; for a message, the logged-in client does
  const scope = ('author' in source ? source.client.application?.id : source.applicationId) ?? undefined;
  return {
    platform: 'discord',
    userId: user.id,
    userName: user.username,
    channelId: source.channelId ?? undefined,
    workspaceId: source.guildId ?? undefined,
    ...(scope ? { scope } : {}),
    isDirect,
    can: fixedRights({ manageChannel: isDirect || managesChannels(source), curator: curators.has(`discord:${user.id}`) }),
  };
}

function managesChannels(source: Interaction | Message): boolean {
  const manage = [PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild];
  try {
    const permissions = 'author' in source ? source.member?.permissions : source.memberPermissions;
    return permissions?.any(manage) ?? false;
  } catch {
    // A partial member without its permissions: not known, so not granted.
    return false;
  }
}
