/**
 * The checks real Slack applies to a message before accepting it (chat.postMessage, chat.update,
 * chat.postEphemeral and response_url all reject a bad one with `invalid_blocks`). Written from Slack's
 * Block Kit reference; only the block types a bot like this one might send are modelled in detail,
 * any other type is reported as unknown.
 */

export const BLOCK_KIT_LIMITS = {
  blocks: 50,
  blockId: 255,
  sectionText: 3_000,
  fields: 10,
  fieldText: 2_000,
  headerText: 150,
  contextElements: 10,
  contextText: 3_000,
  actionsElements: 25,
  buttonText: 75,
  actionId: 255,
  buttonValue: 2_000,
  imageAltText: 2_000,
  /** chat.postMessage answers msg_too_long above this; Slack advises under 4,000. */
  messageText: 40_000,
} as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkText(value: unknown, where: string, max: number, allowed: readonly string[], problems: string[]): void {
  if (!isObject(value)) {
    problems.push(`${where} must be a text object`);
    return;
  }
  const { type, text } = value;
  if (typeof type !== 'string' || !allowed.includes(type)) problems.push(`${where}.type must be ${allowed.join(' or ')} (got ${String(type)})`);
  if (typeof text !== 'string' || text.length === 0) problems.push(`${where}.text must be a non-empty string`);
  else if (text.length > max) problems.push(`${where}.text is ${text.length} characters; the limit is ${max}`);
  if ('emoji' in value && type !== 'plain_text') problems.push(`${where}.emoji is only allowed on plain_text`);
  if ('verbatim' in value && type !== 'mrkdwn') problems.push(`${where}.verbatim is only allowed on mrkdwn`);
}

function checkBlock(block: unknown, index: number, ids: Set<string>, problems: string[]): void {
  const where = `blocks[${index}]`;
  if (!isObject(block)) {
    problems.push(`${where} must be an object`);
    return;
  }
  if ('block_id' in block) {
    const id = block.block_id;
    if (typeof id !== 'string' || id.length === 0 || id.length > BLOCK_KIT_LIMITS.blockId) problems.push(`${where}.block_id must be 1–255 characters`);
    else if (ids.has(id)) problems.push(`${where}.block_id "${id}" is repeated`);
    else ids.add(id);
  }
  switch (block.type) {
    case 'header':
      checkText(block.text, `${where}.text`, BLOCK_KIT_LIMITS.headerText, ['plain_text'], problems);
      break;
    case 'section': {
      const { text, fields } = block;
      if (text === undefined && fields === undefined) problems.push(`${where} needs text or fields`);
      if (text !== undefined) checkText(text, `${where}.text`, BLOCK_KIT_LIMITS.sectionText, ['plain_text', 'mrkdwn'], problems);
      if (fields !== undefined) {
        if (!Array.isArray(fields) || fields.length === 0) problems.push(`${where}.fields must be a non-empty array`);
        else {
          if (fields.length > BLOCK_KIT_LIMITS.fields) problems.push(`${where}.fields has ${fields.length} items; the limit is ${BLOCK_KIT_LIMITS.fields}`);
          fields.forEach((field, i) => checkText(field, `${where}.fields[${i}]`, BLOCK_KIT_LIMITS.fieldText, ['plain_text', 'mrkdwn'], problems));
        }
      }
      break;
    }
    case 'context': {
      const { elements } = block;
      if (!Array.isArray(elements) || elements.length === 0) {
        problems.push(`${where}.elements must be a non-empty array`);
        break;
      }
      if (elements.length > BLOCK_KIT_LIMITS.contextElements) problems.push(`${where}.elements has ${elements.length} items; the limit is ${BLOCK_KIT_LIMITS.contextElements}`);
      elements.forEach((element, i) => {
        if (isObject(element) && element.type === 'image') {
          if (typeof element.image_url !== 'string' || typeof element.alt_text !== 'string') problems.push(`${where}.elements[${i}] image needs image_url and alt_text`);
        } else {
          checkText(element, `${where}.elements[${i}]`, BLOCK_KIT_LIMITS.contextText, ['plain_text', 'mrkdwn'], problems);
        }
      });
      break;
    }
    case 'divider':
      break;
    case 'image':
      if (typeof block.image_url !== 'string' && !isObject(block.slack_file)) problems.push(`${where} needs image_url`);
      if (typeof block.alt_text !== 'string' || block.alt_text.length > BLOCK_KIT_LIMITS.imageAltText) problems.push(`${where}.alt_text must be at most 2,000 characters`);
      break;
    case 'actions': {
      const { elements } = block;
      if (!Array.isArray(elements) || elements.length === 0 || elements.length > BLOCK_KIT_LIMITS.actionsElements) problems.push(`${where}.elements must have 1–25 items`);
      else {
        const actionIds = new Set<string>();
        elements.forEach((element, i) => checkButton(element, `${where}.elements[${i}]`, actionIds, problems));
      }
      break;
    }
    case 'rich_text':
      if (!Array.isArray(block.elements)) problems.push(`${where}.elements must be an array`);
      break;
    default:
      problems.push(`${where}.type "${String(block.type)}" is not a known block type`);
  }
}

/** A button in an actions block (other interactive elements are not modelled and pass). */
function checkButton(element: unknown, where: string, actionIds: Set<string>, problems: string[]): void {
  if (!isObject(element)) return void problems.push(`${where} must be an object`);
  if (element.type !== 'button') return;
  checkText(element.text, `${where}.text`, BLOCK_KIT_LIMITS.buttonText, ['plain_text'], problems);
  const id = element.action_id;
  if (id !== undefined) {
    if (typeof id !== 'string' || id.length === 0 || id.length > BLOCK_KIT_LIMITS.actionId) problems.push(`${where}.action_id must be 1–255 characters`);
    else if (actionIds.has(id)) problems.push(`${where}.action_id "${id}" is repeated in its block`);
    else actionIds.add(id);
  }
  const { value } = element;
  if (value !== undefined && (typeof value !== 'string' || value.length > BLOCK_KIT_LIMITS.buttonValue)) problems.push(`${where}.value must be at most 2,000 characters`);
  if (element.style !== undefined && element.style !== 'primary' && element.style !== 'danger') problems.push(`${where}.style must be primary or danger`);
}

/** Problems Slack would reject the message for; empty when it is acceptable. */
export function checkBlocks(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) return ['blocks must be an array'];
  const problems: string[] = [];
  if (blocks.length > BLOCK_KIT_LIMITS.blocks) problems.push(`${blocks.length} blocks; the limit is ${BLOCK_KIT_LIMITS.blocks}`);
  const ids = new Set<string>();
  blocks.forEach((block, index) => checkBlock(block, index, ids, problems));
  return problems;
}

export interface MessageCheck {
  /** Slack's error code, or undefined when the message would be accepted. */
  readonly error?: 'no_text' | 'invalid_blocks' | 'invalid_blocks_format' | 'msg_too_long';
  readonly problems: readonly string[];
}

/** Checks a message body as Slack receives it (`blocks` may be a JSON string in a form post). */
export function checkMessage(body: Record<string, unknown>): MessageCheck {
  let blocks = body.blocks;
  if (typeof blocks === 'string') {
    try {
      blocks = JSON.parse(blocks) as unknown;
    } catch {
      return { error: 'invalid_blocks_format', problems: ['blocks is not valid JSON'] };
    }
  }
  const text = body.text;
  if (text !== undefined && typeof text !== 'string') return { error: 'no_text', problems: ['text must be a string'] };
  if (typeof text === 'string' && text.length > BLOCK_KIT_LIMITS.messageText) return { error: 'msg_too_long', problems: [`text is ${text.length} characters`] };
  const hasBlocks = Array.isArray(blocks) && blocks.length > 0;
  if (!hasBlocks && (typeof text !== 'string' || text.trim() === '')) return { error: 'no_text', problems: ['a message needs text or blocks'] };
  if (blocks === undefined) return { problems: [] };
  const problems = checkBlocks(blocks);
  return problems.length ? { error: 'invalid_blocks', problems } : { problems: [] };
}
