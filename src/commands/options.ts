import { z } from 'zod';
import { findActor, findIsland } from '../briefings/lookup.js';
import { isTimeZone } from '../common/time-zone.js';
import { parsePartialDate, type PartialDate } from '../dossier/dates.js';
import type { Dossier } from '../dossier/dossier.js';

/**
 * Option declarations. Each option carries its zod schema (which turns the raw text a user typed into a
 * typed value) and the metadata a platform needs to offer it natively: Discord option types, choices
 * and autocomplete; the help text for Slack and the console. Raw values always arrive as strings.
 */
export type OptionKind = 'string' | 'date' | 'integer' | 'boolean' | 'time' | 'timezone' | 'choice';

/** What a platform can autocomplete from the dossier. */
export type AutocompleteSource = 'event' | 'actor';

export interface OptionSpec<T = unknown, R extends boolean = boolean> {
  readonly kind: OptionKind;
  readonly description: string;
  readonly required: R;
  readonly schema: z.ZodType<T, string>;
  readonly choices?: readonly string[];
  readonly autocomplete?: AutocompleteSource;
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  /** Bare words on a text line fill this option (e.g. the id of `event`). */
  readonly positional?: boolean;
  /** Takes the whole rest of the line as typed, quotes and colons included (the question of `ask`). */
  readonly rest?: boolean;
  /** Placeholder shown in usage lines, e.g. "YYYY-MM". */
  readonly placeholder: string;
  /**
   * The shortest stable spelling of a value (an actor's id for any of its names), for queries that
   * are stored and replayed, such as a page button's. Values without one are kept as typed.
   */
  readonly canonical?: (dossier: Dossier, text: string) => string;
}

interface Extra {
  readonly positional?: boolean;
  readonly rest?: boolean;
  readonly autocomplete?: AutocompleteSource;
  readonly canonical?: OptionSpec['canonical'];
}

function spec<T>(
  kind: OptionKind,
  description: string,
  schema: z.ZodType<T, string>,
  placeholder: string,
  extra: Extra & Partial<Pick<OptionSpec, 'choices' | 'min' | 'max' | 'maxLength'>>,
): OptionSpec<T, false> {
  return { kind, description, schema, placeholder, ...extra, required: false };
}

/**
 * Marks an option as required. A wrapper rather than a flag so TypeScript keeps the literal `true`
 * and the command's input type has the value as present, not optional.
 */
export function required<T>(spec: OptionSpec<T, false>): OptionSpec<T, true> {
  return { ...spec, required: true };
}

const DATE_HINT = 'write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-03 or 2022-03-21';

export const option = {
  string(description: string, extra: Extra & { maxLength?: number; placeholder?: string } = {}): OptionSpec<string, false> {
    const max = extra.maxLength ?? 100;
    const schema = z.string().trim().min(1, 'is empty').max(max, `is longer than ${max} characters`);
    return spec('string', description, schema, extra.placeholder ?? 'text', { ...extra, maxLength: max });
  },

  /** A person, state or body on record, by any of its names or aliases. */
  actor(description: string): OptionSpec<string, false> {
    const canonical = (dossier: Dossier, text: string) => findActor(dossier, text)?.id ?? text;
    return option.string(description, { autocomplete: 'actor', maxLength: 60, placeholder: 'name', canonical });
  },

  /** An island on record, by its Japanese, Russian or English name or an alias. */
  island(description: string): OptionSpec<string, false> {
    const canonical = (dossier: Dossier, text: string) => findIsland(dossier, text)?.id ?? text;
    return option.string(description, { maxLength: 40, placeholder: 'name', canonical });
  },

  /** A partial date (year, month or day). */
  date(description: string, extra: Extra = {}): OptionSpec<PartialDate, false> {
    const schema = z.string().transform((text, ctx): PartialDate => {
      const parsed = parsePartialDate(text);
      if (!parsed || parsed.precision === 'range') {
        ctx.addIssue({ code: 'custom', message: `is not a date: ${DATE_HINT}` });
        return z.NEVER;
      }
      return parsed;
    });
    return spec('date', description, schema, 'YYYY-MM-DD', extra);
  },

  integer(description: string, min: number, max: number, extra: Extra = {}): OptionSpec<number, false> {
    const schema = z
      .string()
      .regex(/^-?\d+$/, 'must be a whole number')
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
    return spec('integer', description, schema, 'N', { ...extra, min, max });
  },

  boolean(description: string, extra: Extra = {}): OptionSpec<boolean, false> {
    const schema = z
      .string()
      .transform((text) => text.trim().toLowerCase())
      .pipe(z.enum(['true', 'false', 'yes', 'no', 'on', 'off'], { error: 'must be yes or no' }))
      .transform((text) => ['true', 'yes', 'on'].includes(text));
    return spec('boolean', description, schema, 'yes|no', extra);
  },

  choice<const C extends readonly [string, ...string[]]>(description: string, choices: C, extra: Extra = {}): OptionSpec<C[number], false> {
    const schema = z
      .string()
      .transform((text) => text.trim().toLowerCase())
      .pipe(z.enum(choices, { error: `must be one of: ${choices.join(', ')}` }));
    return spec('choice', description, schema, choices.join('|'), { ...extra, choices });
  },

  /** Local time of day, HH:MM (24-hour). */
  time(description: string, extra: Extra = {}): OptionSpec<string, false> {
    const schema = z
      .string()
      .trim()
      .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM, 24-hour, e.g. 09:00 or 18:30')
      .transform((text) => text.padStart(5, '0'));
    return spec('time', description, schema, 'HH:MM', extra);
  },

  /** An IANA time zone such as Europe/Berlin or Asia/Tokyo. */
  timezone(description: string, extra: Extra = {}): OptionSpec<string, false> {
    const schema = z
      .string()
      .trim()
      .refine(isTimeZone, 'is not a known time zone: use an IANA name such as Europe/Berlin, Asia/Tokyo or UTC');
    return spec('timezone', description, schema, 'Area/City', extra);
  },
} as const;
