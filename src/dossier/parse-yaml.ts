import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

/**
 * YAML text to plain data. js-yaml rather than `yaml`: on a fresh process it parses the shipped event
 * set in about a fifth of the time (`yaml` is slow until its code has warmed up, and start-up is
 * exactly when the set is read). The core schema keeps unquoted dates as text, as the schema expects,
 * and duplicate keys are an error.
 */
export function parseYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

/** A YAML syntax error in one line, "reason at line L, column C", or undefined for other errors. */
export function yamlErrorMessage(error: unknown): string | undefined {
  if (!(error instanceof YAMLException)) return undefined;
  const mark = (error as YAMLException & { mark?: { line: number; column: number } }).mark;
  return mark ? `${error.reason} at line ${mark.line + 1}, column ${mark.column + 1}` : error.reason;
}
