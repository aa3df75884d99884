import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData, type ModalSubmitInteraction } from 'discord.js';
import type { Form } from '../../commands/forms.js';
import { DISCORD_LIMITS } from './limits.js';

/**
 * A command's form as a Discord modal: one text input per field (a paragraph for long ones), its
 * custom id carrying the form's id (the command and its positional value), so a submission needs no
 * state on our side. Discord allows 100 characters; a form whose id does not fit is not shown.
 */
export const FORM_PREFIX = 'kuril-form:';

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export function modalOf(form: Form): APIModalInteractionResponseCallbackData | undefined {
  const customId = `${FORM_PREFIX}${form.id}`;
  if (customId.length > DISCORD_LIMITS.customId || form.fields.length > DISCORD_LIMITS.modalInputs) return undefined;
  return {
    custom_id: customId,
    title: cut(form.title, DISCORD_LIMITS.modalTitle),
    components: form.fields.map((field) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: field.name,
          label: cut(field.label, DISCORD_LIMITS.inputLabel),
          style: field.multiline ? TextInputStyle.Paragraph : TextInputStyle.Short,
          placeholder: cut(field.placeholder, DISCORD_LIMITS.inputPlaceholder),
          max_length: Math.min(field.maxLength, DISCORD_LIMITS.inputValue),
          required: false,
          // Discord rejects an empty value; an empty field simply has none.
          ...(field.value ? { value: field.value.slice(0, DISCORD_LIMITS.inputValue) } : {}),
        },
      ],
    })),
  };
}

/** The form id and the typed values of a submitted modal; undefined for a modal that is not a form's. */
export function submittedForm(interaction: ModalSubmitInteraction): { id: string; values: Record<string, string> } | undefined {
  if (!interaction.customId.startsWith(FORM_PREFIX)) return undefined;
  const values: Record<string, string> = {};
  for (const [name, field] of interaction.fields.fields) {
    if ('value' in field && typeof field.value === 'string') values[name] = field.value;
  }
  return { id: interaction.customId.slice(FORM_PREFIX.length), values };
}
