import type { Reply, ReplyFile } from '../briefings/reply.js';

/**
 * What every adapter does with the files a reply carries before sending them: give them names that
 * are safe on every platform and in a file system, and keep them within the platform's hard limits.
 * A file over a limit is left out and the reply says so, so the rest of the reply still arrives.
 */

export interface FileLimits {
  /** The platform's name as users know it ("Discord"). */
  readonly platform: string;
  /** Bytes all files of one message may take together. */
  readonly maxBytes: number;
  /** Files one message may carry. */
  readonly maxFiles: number;
}

/** `kuril-chart 2020→2026.png` → `kuril-chart-2020-2026.png`: letters, digits, `.`, `_` and `-` only, never a path. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  const dot = cleaned.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [cleaned.slice(0, dot), cleaned.slice(dot)] : [cleaned, ''];
  return `${(stem.replace(/[-.]+$/, '') || 'file').slice(0, 80)}${extension.slice(0, 10)}`;
}

/** "12.3 MB", "840 KB", "12 bytes" (in units of 1,024, as the platforms count their limits). */
export function formatBytes(bytes: number): string {
  const one = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
  if (bytes >= 1024 * 1024) return `${one(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * The files that fit the limits (in order, with safe names) and the reply with a note naming each one
 * left out. Names are made unique, as a platform shows two files of one name as one.
 */
export function fitFiles(reply: Reply, limits: FileLimits): { readonly reply: Reply; readonly files: readonly ReplyFile[] } {
  const kept: ReplyFile[] = [];
  const notes: string[] = [];
  const names = new Set<string>();
  let total = 0;
  for (const file of reply.files ?? []) {
    const name = uniqueName(safeFileName(file.name), names);
    if (kept.length >= limits.maxFiles) {
      notes.push(`${name} was left out: ${limits.platform} takes at most ${limits.maxFiles} files with one message.`);
    } else if (total + file.data.byteLength > limits.maxBytes) {
      notes.push(`${name} (${formatBytes(file.data.byteLength)}) is larger than ${limits.platform} accepts (${formatBytes(limits.maxBytes)} per message), so it is not attached.`);
    } else {
      names.add(name);
      kept.push({ ...file, name });
      total += file.data.byteLength;
    }
  }
  if (notes.length === 0) return { reply, files: kept };
  const note = { heading: 'Not attached', text: notes.join('\n'), items: [] };
  return { reply: { ...reply, sections: [...reply.sections, note], files: kept }, files: kept };
}

function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}${extension}`)) return `${stem}-${n}${extension}`;
}
