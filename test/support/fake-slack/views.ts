/**
 * What Slack checks on a modal view passed to views.open, written out independently of the bot's
 * views.ts: type "modal"; title, submit and close plain text of at most 24 characters; at most 100
 * blocks; callback_id at most 255 and private_metadata at most 3,000 characters; each input block
 * a plain-text label (at most 2,000) around a plain_text_input (action_id at most 255, placeholder at
 * most 150, max_length at most 3,000, an initial_value no longer than it). Slack answers a view that
 * breaks any of them with `invalid_arguments` and the problems in response_metadata.messages.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function plainText(problems: string[], path: string, value: unknown, max: number): void {
  if (!isObject(value) || value.type !== 'plain_text' || typeof value.text !== 'string' || value.text.length === 0) {
    problems.push(`${path} must be a plain_text object`);
  } else if (value.text.length > max) problems.push(`${path}.text must be at most ${max} characters`);
}

function text(problems: string[], path: string, value: unknown, max: number): void {
  if (value === undefined) return;
  if (typeof value !== 'string') problems.push(`${path} must be a string`);
  else if (value.length > max) problems.push(`${path} must be at most ${max} characters`);
}

export function checkView(view: unknown): string[] {
  if (!isObject(view)) return ['view must be an object'];
  const problems: string[] = [];
  if (view.type !== 'modal') problems.push('view.type must be "modal"');
  plainText(problems, 'view.title', view.title, 24);
  if (view.submit !== undefined) plainText(problems, 'view.submit', view.submit, 24);
  if (view.close !== undefined) plainText(problems, 'view.close', view.close, 24);
  text(problems, 'view.callback_id', view.callback_id, 255);
  text(problems, 'view.private_metadata', view.private_metadata, 3_000);
  const blocks = view.blocks;
  if (!Array.isArray(blocks) || blocks.length > 100) return [...problems, 'view.blocks must be an array of at most 100'];
  if (blocks.some((b) => isObject(b) && b.type === 'input') && view.submit === undefined) problems.push('view.submit is required with input blocks');
  blocks.forEach((block: unknown, i) => {
    const path = `view.blocks[${i}]`;
    if (!isObject(block) || block.type !== 'input') return;
    plainText(problems, `${path}.label`, block.label, 2_000);
    text(problems, `${path}.block_id`, block.block_id, 255);
    const element = block.element;
    if (!isObject(element) || element.type !== 'plain_text_input') return void problems.push(`${path}.element must be a plain_text_input`);
    text(problems, `${path}.element.action_id`, element.action_id, 255);
    if (element.placeholder !== undefined) plainText(problems, `${path}.element.placeholder`, element.placeholder, 150);
    const max = element.max_length;
    if (max !== undefined && (typeof max !== 'number' || max < 1 || max > 3_000)) problems.push(`${path}.element.max_length must be 1–3000`);
    text(problems, `${path}.element.initial_value`, element.initial_value, typeof max === 'number' ? max : 3_000);
  });
  return problems;
}
