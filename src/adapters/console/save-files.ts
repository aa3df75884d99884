import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ReplyFile } from '../../briefings/reply.js';
import { messageOf } from '../../common/start-error.js';
import { safeFileName } from '../files.js';

/**
 * The console's way to hand over a file: write it under OUTPUT_DIR (created when first needed) and
 * print its full path on a line of its own, so it can be opened or copied from the terminal; a file's
 * text preview (a chart's sparkline) goes on the line after. A file that cannot be written is said
 * so on its line; the rest of the reply is unaffected.
 */
export async function saveFiles(directory: string, files: readonly ReplyFile[]): Promise<string[]> {
  const lines: string[] = [];
  for (const file of files) {
    const path = resolve(join(directory, safeFileName(file.name)));
    try {
      await mkdir(directory, { recursive: true });
      await writeFile(path, file.data);
      lines.push(path);
    } catch (error) {
      lines.push(`Could not save ${safeFileName(file.name)} in ${directory}: ${messageOf(error)}`);
    }
    if (file.preview) lines.push(file.preview);
  }
  return lines;
}
