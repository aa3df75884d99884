import type { types, ViewOutput } from '@slack/bolt';
import type { Form } from '../../commands/forms.js';

/**
 * A command's form as a Slack modal view: one plain-text input per field, prefilled. The view's
 * private metadata carries what the submission needs and Slack does not send with it: the form's id
 * (the command and its positional value), the channel the command was typed in and its response_url,
 * where the reply goes.
 */
export const FORM_CALLBACK_ID = 'kuril-form';

/** Slack's limits for a modal view. */
const VIEW_LIMITS = { title: 24, placeholder: 150, inputMaxLength: 3_000, privateMetadata: 3_000 } as const;

export interface FormOrigin {
  readonly form: string;
  readonly channel: string;
  readonly responseUrl: string;
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The view for a form, or undefined when its metadata would not fit. */
export function viewOf(form: Form, origin: Omit<FormOrigin, 'form'>): types.ModalView | undefined {
  const metadata = JSON.stringify({ form: form.id, channel: origin.channel, responseUrl: origin.responseUrl } satisfies FormOrigin);
  if (metadata.length > VIEW_LIMITS.privateMetadata) return undefined;
  return {
    type: 'modal',
    callback_id: FORM_CALLBACK_ID,
    private_metadata: metadata,
    title: { type: 'plain_text', text: cut(form.title, VIEW_LIMITS.title) },
    submit: { type: 'plain_text', text: 'Submit' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: form.fields.map((field) => ({
      type: 'input',
      block_id: field.name,
      optional: true,
      label: { type: 'plain_text', text: field.label },
      element: {
        type: 'plain_text_input',
        action_id: field.name,
        multiline: field.multiline,
        max_length: Math.min(field.maxLength, VIEW_LIMITS.inputMaxLength),
        placeholder: { type: 'plain_text', text: cut(field.placeholder, VIEW_LIMITS.placeholder) },
        ...(field.value ? { initial_value: field.value } : {}),
      },
    })),
  };
}

/** Where a submitted view came from and the values typed into it; undefined for metadata we did not write. */
export function submittedView(view: ViewOutput): { origin: FormOrigin; values: Record<string, string> } | undefined {
  let origin: Partial<FormOrigin>;
  try {
    origin = JSON.parse(view.private_metadata) as Partial<FormOrigin>;
  } catch {
    return undefined;
  }
  if (typeof origin.form !== 'string' || typeof origin.channel !== 'string' || typeof origin.responseUrl !== 'string') return undefined;
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(view.state.values)) {
    const value = actions[blockId]?.value;
    if (typeof value === 'string') values[blockId] = value;
  }
  return { origin: origin as FormOrigin, values };
}
