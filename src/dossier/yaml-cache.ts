import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type * as Yaml from 'yaml';

/**
 * YAML parsing that remembers its results between starts. The `yaml` package is slow while its code
 * is cold: loading it and parsing the ~70 KB event set was most of the bot's start-up. A file whose
 * text was parsed before is read back from the cache instead (a few ms), and `yaml` is loaded only
 * when some text is new. Entries are keyed by a hash of the text and the `yaml` version, so they
 * hold exactly what `parse` returned for that text; only text that parsed without an error is
 * cached, and everything the caller checks after parsing (the schemas, the cross-references) still
 * runs on every load. Warnings from `yaml`, if any, show on the load that parses the new text.
 */

/** node_modules/.cache is where tools keep caches that may be deleted at any time. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/kuril-brief/yaml', import.meta.url));

/** Bump when the way entries are written changes. */
const FORMAT = 1;

const require = createRequire(import.meta.url);
let yaml: typeof Yaml | undefined;
let yamlVersion: string | undefined;

function entryPath(text: string, cacheDir: string): string {
  yamlVersion ??= (require('yaml/package.json') as { version: string }).version;
  const key = createHash('sha256').update(`${FORMAT}\0${yamlVersion}\0`).update(text).digest('hex');
  return join(cacheDir, `${key}.v8`);
}

/** Parses YAML text like `yaml`'s `parse` (and throws its errors), using the cache where it can. */
export function parseYaml(text: string, cacheDir: string = DEFAULT_CACHE_DIR): unknown {
  const path = entryPath(text, cacheDir);
  try {
    return deserialize(readFileSync(path));
  } catch {
    // Not cached yet, or unreadable: parse it.
  }
  // Loaded on first use (require is synchronous, and `yaml` ships CommonJS for Node).
  yaml ??= require('yaml') as typeof Yaml;
  const data = yaml.parse(text) as unknown;
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed, so a reader never sees half an entry.
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, serialize(data));
    renameSync(partial, path);
  } catch {
    // A read-only install only loses the speed-up.
  }
  return data;
}
