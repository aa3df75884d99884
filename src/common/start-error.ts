/**
 * A start-up failure with a message meant for the operator (a rejected token, a missing secret, a
 * port in use). Its stack is the message alone, so whoever prints it prints one clear line, not a
 * trace. Every adapter and the store reject start() with it; main prints it and exits 1.
 */
export class StartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartError';
    this.stack = message;
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
