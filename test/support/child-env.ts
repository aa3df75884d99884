/**
 * For the helper processes tests and benchmarks start (store-child, digest-child, scale-child…):
 * their settings come from the environment, and a missing one stops the child with its name.
 */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** A store log for a child: silent but for errors, which go to stderr where the test reads them. */
export const errorsToStderr = {
  info: () => undefined,
  warn: () => undefined,
  error: (details: object, message: string) => process.stderr.write(`${message} ${JSON.stringify(details)}\n`),
};
