/**
 * What Discord itself checks on the payloads the bot sends, written out independently of the bot's
 * renderer (a shared constant would let a wrong limit pass on both sides). A payload that breaks any
 * rule gets Discord's answer: 400, code 50035 "Invalid Form Body", with the offending paths.
 */

export interface Problem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function maxLength(problems: Problem[], path: string, value: unknown, max: number, min = 0): void {
  const text = str(value);
  if (value === undefined || value === null) {
    if (min > 0) problems.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return;
  }
  if (text === undefined) {
    problems.push({ path, code: 'BASE_TYPE_STRING', message: 'Must be a string.' });
    return;
  }
  if (text.length > max) problems.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  if (text.length < min) problems.push({ path, code: 'BASE_TYPE_MIN_LENGTH', message: `Must be ${min} or more in length.` });
}

/** Embed characters counted towards the 6,000 total. */
export function embedCharacters(embed: Json): number {
  const len = (value: unknown) => str(value)?.length ?? 0;
  const fields = Array.isArray(embed.fields) ? (embed.fields as unknown[]) : [];
  return (
    len(embed.title) +
    len(embed.description) +
    (isObject(embed.footer) ? len(embed.footer.text) : 0) +
    (isObject(embed.author) ? len(embed.author.name) : 0) +
    fields.reduce<number>((sum, f) => sum + (isObject(f) ? len(f.name) + len(f.value) : 0), 0)
  );
}

/** Checks a message body (create, edit, interaction reply or update, follow-up). */
export function checkMessage(body: unknown, { requireContent }: { requireContent: boolean }): Problem[] {
  const problems: Problem[] = [];
  if (!isObject(body)) return [{ path: '', code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }];
  maxLength(problems, 'content', body.content, 2_000);

  const embeds = body.embeds;
  if (embeds !== undefined && embeds !== null) {
    if (!Array.isArray(embeds)) problems.push({ path: 'embeds', code: 'BASE_TYPE_LIST', message: 'Must be a list.' });
    else {
      if (embeds.length > 10) problems.push({ path: 'embeds', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
      let total = 0;
      embeds.forEach((embed: unknown, i) => {
        const at = `embeds.${i}`;
        if (!isObject(embed)) {
          problems.push({ path: at, code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' });
          return;
        }
        total += embedCharacters(embed);
        maxLength(problems, `${at}.title`, embed.title, 256);
        maxLength(problems, `${at}.description`, embed.description, 4_096);
        if (isObject(embed.footer)) maxLength(problems, `${at}.footer.text`, embed.footer.text, 2_048, 1);
        if (isObject(embed.author)) maxLength(problems, `${at}.author.name`, embed.author.name, 256, 1);
        if (embed.color !== undefined && (typeof embed.color !== 'number' || embed.color < 0 || embed.color > 0xffffff)) {
          problems.push({ path: `${at}.color`, code: 'NUMBER_TYPE_MAX', message: 'int value should be <= 16777215 and >= 0.' });
        }
        const fields = embed.fields;
        if (fields !== undefined) {
          if (!Array.isArray(fields)) problems.push({ path: `${at}.fields`, code: 'BASE_TYPE_LIST', message: 'Must be a list.' });
          else {
            if (fields.length > 25) problems.push({ path: `${at}.fields`, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
            fields.forEach((field: unknown, j) => {
              const fat = `${at}.fields.${j}`;
              if (!isObject(field)) return void problems.push({ path: fat, code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' });
              maxLength(problems, `${fat}.name`, field.name, 256, 1);
              maxLength(problems, `${fat}.value`, field.value, 1_024, 1);
            });
          }
        }
      });
      if (total > 6_000) problems.push({ path: 'embeds', code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' });
    }
  }

  const rows = body.components;
  if (rows !== undefined && rows !== null) {
    if (!Array.isArray(rows) || rows.length > 5) problems.push({ path: 'components', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' });
    else {
      const ids = new Set<string>();
      rows.forEach((row: unknown, i) => {
        if (!isObject(row) || row.type !== 1 || !Array.isArray(row.components) || row.components.length > 5 || row.components.length === 0) {
          return void problems.push({ path: `components.${i}`, code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', message: 'Invalid action row' });
        }
        (row.components as unknown[]).forEach((component, j) => {
          const at = `components.${i}.components.${j}`;
          if (!isObject(component)) return;
          maxLength(problems, `${at}.label`, component.label, 80);
          if (component.style !== 5) {
            maxLength(problems, `${at}.custom_id`, component.custom_id, 100, 1);
            const id = str(component.custom_id);
            if (id !== undefined && ids.has(id)) problems.push({ path: `${at}.custom_id`, code: 'COMPONENT_CUSTOM_ID_DUPLICATED', message: 'Component custom id cannot be duplicated' });
            if (id !== undefined) ids.add(id);
          }
        });
      });
    }
  }

  if (requireContent) {
    const empty =
      !str(body.content) &&
      !(Array.isArray(body.embeds) && body.embeds.length > 0) &&
      !(Array.isArray(body.components) && body.components.length > 0);
    if (empty) problems.push({ path: '', code: 'EMPTY_MESSAGE', message: 'Cannot send an empty message' });
  }
  return problems;
}

/** Checks an autocomplete result: at most 25 choices, names 1–100 characters, values at most 100. */
export function checkChoices(data: unknown): Problem[] {
  const problems: Problem[] = [];
  const choices = isObject(data) ? data.choices : undefined;
  if (!Array.isArray(choices)) return [{ path: 'data.choices', code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }];
  if (choices.length > 25) problems.push({ path: 'data.choices', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  choices.forEach((choice: unknown, i) => {
    if (!isObject(choice)) return;
    maxLength(problems, `data.choices.${i}.name`, choice.name, 100, 1);
    if (typeof choice.value === 'string') maxLength(problems, `data.choices.${i}.value`, choice.value, 100);
  });
  return problems;
}

/**
 * Checks a modal (callback type 9): a custom id of 1–100 characters, a title of 1–45, one to five
 * action rows of one text input each (custom id 1–100, label 1–45, style 1 or 2, placeholder at most
 * 100, a value of 1–4,000 when given, max_length 1–4,000).
 */
export function checkModal(data: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!isObject(data)) return [{ path: 'data', code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }];
  maxLength(problems, 'data.custom_id', data.custom_id, 100, 1);
  maxLength(problems, 'data.title', data.title, 45, 1);
  const rows = data.components;
  if (!Array.isArray(rows) || rows.length < 1 || rows.length > 5) {
    problems.push({ path: 'data.components', code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 5 in length.' });
    return problems;
  }
  rows.forEach((row: unknown, i) => {
    const inputs = isObject(row) && row.type === 1 ? row.components : undefined;
    if (!Array.isArray(inputs) || inputs.length !== 1 || !isObject(inputs[0]) || inputs[0].type !== 4) {
      problems.push({ path: `data.components.${i}`, code: 'COMPONENT_LAYOUT_INVALID', message: 'An action row in a modal holds exactly one text input.' });
      return;
    }
    const input = inputs[0];
    const path = `data.components.${i}.components.0`;
    maxLength(problems, `${path}.custom_id`, input.custom_id, 100, 1);
    maxLength(problems, `${path}.label`, input.label, 45, 1);
    if (input.style !== 1 && input.style !== 2) problems.push({ path: `${path}.style`, code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (1, 2).' });
    if (input.placeholder !== undefined) maxLength(problems, `${path}.placeholder`, input.placeholder, 100);
    if (input.value !== undefined) maxLength(problems, `${path}.value`, input.value, 4_000, 1);
    if (input.max_length !== undefined && (typeof input.max_length !== 'number' || input.max_length < 1 || input.max_length > 4_000)) {
      problems.push({ path: `${path}.max_length`, code: 'NUMBER_TYPE_MAX', message: 'int value should be between 1 and 4000.' });
    }
    if (typeof input.value === 'string' && typeof input.max_length === 'number' && input.value.length > input.max_length) {
      problems.push({ path: `${path}.value`, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${input.max_length} or fewer in length.` });
    }
  });
  return problems;
}

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Checks an application command (or subcommand, or option) as PUT /commands receives it. */
export function checkCommand(command: unknown, path = ''): Problem[] {
  const problems: Problem[] = [];
  if (!isObject(command)) return [{ path, code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }];
  const at = (p: string) => (path ? `${path}.${p}` : p);
  const name = str(command.name) ?? '';
  if (!NAME.test(name) || name !== name.toLowerCase()) problems.push({ path: at('name'), code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
  maxLength(problems, at('description'), command.description, 100, 1);
  const options = command.options;
  if (options === undefined) return problems;
  if (!Array.isArray(options)) return [...problems, { path: at('options'), code: 'BASE_TYPE_LIST', message: 'Must be a list.' }];
  if (options.length > 25) problems.push({ path: at('options'), code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  let optionalSeen = false;
  const names = new Set<string>();
  options.forEach((option: unknown, i) => {
    const oat = at(`options.${i}`);
    if (!isObject(option)) return;
    problems.push(...checkCommand({ name: option.name, description: option.description }, oat));
    const type = option.type;
    if (typeof type !== 'number' || type < 1 || type > 11) problems.push({ path: `${oat}.type`, code: 'BASE_TYPE_CHOICES', message: 'Value must be one of 1–11.' });
    if (names.has(String(option.name))) problems.push({ path: `${oat}.name`, code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', message: 'Option names must be unique' });
    names.add(String(option.name));
    if (type === 1 || type === 2) {
      problems.push(...checkCommand(option, oat));
      return;
    }
    if (option.required === true && optionalSeen) {
      problems.push({ path: `${oat}.required`, code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', message: 'Required options must be placed before non-required options' });
    }
    if (option.required !== true) optionalSeen = true;
    const choices = option.choices;
    if (choices !== undefined) {
      if (!Array.isArray(choices) || choices.length > 25) problems.push({ path: `${oat}.choices`, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
      if (option.autocomplete === true) problems.push({ path: `${oat}.autocomplete`, code: 'AUTOCOMPLETE_CHOICES_INVALID', message: 'Autocomplete cannot be set with choices' });
      if (Array.isArray(choices)) {
        choices.forEach((c: unknown, j) => {
          if (!isObject(c)) return;
          maxLength(problems, `${oat}.choices.${j}.name`, c.name, 100, 1);
          if (typeof c.value === 'string') maxLength(problems, `${oat}.choices.${j}.value`, c.value, 100, 1);
        });
      }
    }
    if (option.autocomplete === true && type !== 3 && type !== 4 && type !== 10) {
      problems.push({ path: `${oat}.autocomplete`, code: 'AUTOCOMPLETE_INVALID_TYPE', message: 'Autocomplete is only for string, integer and number options' });
    }
    if (option.max_length !== undefined && (typeof option.max_length !== 'number' || option.max_length < 1 || option.max_length > 6_000)) {
      problems.push({ path: `${oat}.max_length`, code: 'NUMBER_TYPE_MAX', message: 'int value should be <= 6000 and >= 1.' });
    }
    if ((option.min_value !== undefined || option.max_value !== undefined) && type !== 4 && type !== 10) {
      problems.push({ path: `${oat}.min_value`, code: 'BASE_TYPE_BAD', message: 'min_value and max_value are only for numbers' });
    }
  });
  return problems;
}

/** Discord's error body for a list of problems: nested `errors` keyed by path, each with `_errors`. */
export function invalidFormBody(problems: readonly Problem[]): Json {
  const errors: Json = {};
  for (const problem of problems) {
    let node = errors;
    for (const key of problem.path.split('.').filter(Boolean)) {
      node = (node[key] ??= {}) as Json;
    }
    ((node._errors ??= []) as unknown[]).push({ code: problem.code, message: problem.message });
  }
  return { code: 50035, message: 'Invalid Form Body', errors };
}
