import type { z } from 'zod';

interface ErrorLog {
  error(details: object, message: string): void;
}

/**
 * Reads one stored JSON record through its schema. A record that does not parse or fails the schema
 * is logged (its key and the first problems, never its content) and treated as absent: one corrupt
 * record never stops a scheduler or a queue. `store` names the store in the log line.
 */
export function decodeStored<T>(schema: z.ZodType<T>, text: string | undefined, key: string, log: ErrorLog, store: string): T | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = { unparseable: text.slice(0, 60) };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  log.error({ key, problems: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`) }, `${store}: corrupt record skipped`);
  return undefined;
}
