import { MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type ModalSubmitInteraction } from 'discord.js';
import type { Reply } from '../../briefings/reply.js';
import { apologise } from '../../commands/apology.js';
import type { Caller, Visibility } from '../../commands/command.js';
import { expectedVisibility, runCommand, type CommandRequest } from '../../commands/dispatch.js';
import { formFor, formRequest } from '../../commands/forms.js';
import { pageQuery, pageRequest } from '../../commands/paging.js';
import { DEFAULT_COMMAND } from '../../commands/parse.js';
import { findCommand } from '../../commands/registry.js';
import { commandContext, type AdapterDeps } from '../adapter.js';
import { pressVisibility, replyToPress } from '../actions.js';
import { parseActionCustomId } from './actions.js';
import { autocompleteChoices } from './autocomplete.js';
import { discordCaller } from './caller.js';
import { rawOptions } from './command-tree.js';
import { DISCORD_LIMITS } from './limits.js';
import { modalOf, submittedForm } from './modals.js';
import { pageCustomId, parsePageCustomId } from './paging.js';
import { renderReply, type DiscordMessage, type RenderOptions } from './render.js';

/**
 * Slash commands, forms (modals), page buttons and autocomplete. Each reads what it needs from the command's own
 * declaration (visibility, paging, option sources) and nothing else: no subcommand is named here.
 */

export interface InteractionOptions {
  /** An interaction whose reply is not ready after this long is deferred (Discord allows 3 s for the first response). */
  readonly deferAfterMs: number;
  /** A seam for tests and instrumentation: runs before each command with the request and its caller. */
  readonly beforeCommand?: (request: CommandRequest | { readonly text: string }, caller: Caller) => Promise<void> | void;
}

export function interactionHandlers(deps: AdapterDeps, options: InteractionOptions) {
  const { log } = deps;
  const curators = new Set(deps.config.CURATORS);

  async function run(request: CommandRequest, caller: Caller): Promise<Reply> {
    await options.beforeCommand?.(request, caller);
    return runCommand(request, commandContext(deps, caller));
  }

  /** Paged commands render on one message with Previous/Next buttons for the same query. */
  function renderFor(request: CommandRequest, reply: Reply): DiscordMessage[] {
    const command = findCommand(request.name);
    const options: RenderOptions = command?.paging
      ? { maxMessages: 1, pageButton: (page) => pageCustomId(command.name, page, pageQuery(command, deps.dossier(), request.raw)) }
      : {};
    return renderReply(reply, options);
  }

  /** Resolves with the reply if it is ready within the defer window, else undefined. */
  async function readyInTime(work: Promise<Reply>): Promise<Reply | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, options.deferAfterMs, undefined)));
    try {
      return await Promise.race([work, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The apology, privately, however far the interaction got. */
  async function sendApology(interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction, error: unknown, command: string): Promise<void> {
    const [apology] = renderReply(apologise(log, error, { command, platform: 'discord' }, 'discord reply failed'));
    const message = { ...apology!, flags: MessageFlags.Ephemeral } as const;
    try {
      if (interaction.deferred || interaction.replied) await interaction.followUp(message);
      else await interaction.reply(message);
    } catch (second) {
      log.error({ err: second, command, platform: 'discord' }, 'discord apology could not be sent either');
    }
  }

  async function onChatInput(interaction: ChatInputCommandInteraction): Promise<void> {
    const sub = interaction.options.data[0];
    const request: CommandRequest = { name: sub?.name ?? DEFAULT_COMMAND, raw: rawOptions(sub?.options ?? []) };
    const caller = discordCaller(interaction, curators);
    try {
      // A modal must be the first response, so the form is decided before anything is deferred.
      const decision = await formFor(request, commandContext(deps, caller));
      const modal = decision && 'form' in decision ? modalOf(decision.form) : undefined;
      if (modal) await interaction.showModal(modal);
      else if (decision && 'reply' in decision) await answer(interaction, request, () => Promise.resolve(decision.reply));
      else await answer(interaction, request, () => run(request, caller));
    } catch (error) {
      await sendApology(interaction, error, request.name);
    }
  }

  /** A submitted form runs its command with the typed fields, answered like the slash command. */
  async function onModalSubmit(interaction: ModalSubmitInteraction): Promise<void> {
    const submitted = submittedForm(interaction);
    const request = submitted && formRequest(submitted.id, submitted.values);
    if (!request) return;
    try {
      await answer(interaction, request, () => run(request, discordCaller(interaction, curators)));
    } catch (error) {
      await sendApology(interaction, error, request.name);
    }
  }

  /**
   * The first response to a command: the reply if it is ready in time, else a deferral and then the reply.
   * A command declared slow is deferred before it starts. `pressedOn` is who could see the message whose
   * button asked for it (everyone, for a typed command): a private message's button is answered privately.
   */
  async function answer(
    interaction: ChatInputCommandInteraction | ModalSubmitInteraction | ButtonInteraction,
    request: CommandRequest,
    start: () => Promise<Reply>,
    pressedOn: Visibility = 'public',
  ): Promise<void> {
    const expected = (): Visibility => pressVisibility(expectedVisibility(request), pressedOn);
    let deferred: Visibility | undefined;
    if (findCommand(request.name)?.slow) {
      deferred = expected();
      await interaction.deferReply(deferred === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
    }
    const work = start().then((done) => replyToPress(done, pressedOn));
    let reply = deferred ? await work : await readyInTime(work);
    if (!reply) {
      deferred = expected();
      await interaction.deferReply(deferred === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
      reply = await work;
    }
    const [first, ...rest] = renderFor(request, reply);
    const ephemeral = reply.visibility === 'ephemeral';
    const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
    if (!deferred) await interaction.reply({ ...first!, flags });
    else if (deferred === 'public' && ephemeral) {
      // Deferred in public but the answer is private (an error): remove the placeholder, answer privately.
      await interaction.deleteReply();
      await interaction.followUp({ ...first!, flags: MessageFlags.Ephemeral });
    } else await interaction.editReply({ ...first! });
    for (const message of rest) await interaction.followUp({ ...message, flags });
  }

  /**
   * An action button (a brief's or digest's Chart) runs its command as if typed, answered like the slash
   * command: a new message under the one pressed, which stays as it is for the next reader; public when
   * the command's reply is (the chart is, as typed, and the files it carries go with it) and the message
   * pressed was public too, else only to the presser (a button on `/kuril preview`'s private digest gives
   * a private chart, its PNG attached: Discord allows files on ephemeral messages). Deferred first when the
   * command is slow. Errors go privately to the presser.
   */
  async function onAction(interaction: ButtonInteraction, request: CommandRequest): Promise<void> {
    const pressedOn: Visibility = interaction.message.flags.has(MessageFlags.Ephemeral) ? 'ephemeral' : 'public';
    try {
      await answer(interaction, request, () => run(request, discordCaller(interaction, curators)), pressedOn);
    } catch (error) {
      await sendApology(interaction, error, request.name);
    }
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const action = parseActionCustomId(interaction.customId);
    if (action) return onAction(interaction, action);
    const target = parsePageCustomId(interaction.customId);
    const command = target && findCommand(target.command);
    if (!target || !command?.paging) return;
    const request: CommandRequest = { name: command.name, raw: pageRequest(command, target.query, target.page) };
    const work = run(request, discordCaller(interaction, curators));
    try {
      let reply = await readyInTime(work);
      let deferred = false;
      if (!reply) {
        await interaction.deferUpdate();
        deferred = true;
        reply = await work;
      }
      const [first] = renderFor(request, reply);
      if (reply.visibility === 'ephemeral') {
        // An error (say, the event set changed): tell the clicker only, leave the page as it is.
        const message = { ...first!, components: [], flags: MessageFlags.Ephemeral } as const;
        await (deferred ? interaction.followUp(message) : interaction.reply(message));
      } else if (deferred) await interaction.editReply({ ...first!, components: first!.components ?? [] });
      else await interaction.update({ ...first!, components: first!.components ?? [] });
    } catch (error) {
      await sendApology(interaction, error, request.name);
    }
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const sub = interaction.options.getSubcommand(false) ?? '';
    const source = findCommand(sub)?.options[focused.name]?.autocomplete;
    const choices = source ? autocompleteChoices(deps.dossier(), source, String(focused.value)) : [];
    await interaction.respond(choices.slice(0, DISCORD_LIMITS.autocompleteChoices));
  }

  return { onChatInput, onModalSubmit, onButton, onAutocomplete };
}
