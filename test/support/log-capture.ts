import { Writable } from 'node:stream';

/** Log lines the bot wrote, to check nothing secret is logged (and what was said about a failure). */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
  /** The JSON entries whose message contains `text`. */
  entries(text: string): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => typeof entry.msg === 'string' && entry.msg.includes(text));
  }
}
