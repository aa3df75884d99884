import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dossier } from './dossier.js';
import { buildDossier, DossierError, type RawDossier, type RawFile } from './validate.js';
import { parseYaml, yamlErrorMessage } from './parse-yaml.js';

const OUTLETS_FILE = 'outlets.yaml';

/** The curated data shipped with the bot. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/kuril', import.meta.url));

/**
 * Reads data/kuril (dossier.yaml, actors.yaml, islands.yaml, outlets.yaml, events/*.yaml) and validates it.
 * Throws DossierError naming file, record and field for every problem, including YAML syntax errors.
 */
export function loadDossier(dataDir: string = DEFAULT_DATA_DIR): Dossier {
  return buildDossier(readDossierFiles(dataDir));
}

/** The data files, parsed but not yet validated (for building the set with events from elsewhere too). */
export function readDossierFiles(dataDir: string = DEFAULT_DATA_DIR): RawDossier {
  const issues: DossierError['issues'][number][] = [];
  const display = (path: string) => relative(process.cwd(), path) || path;

  const read = (path: string): RawFile => {
    const file = display(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      issues.push({ file, message: `cannot read: ${(error as Error).message}` });
      return { file, data: undefined };
    }
    try {
      return { file, data: parseYaml(text) };
    } catch (error) {
      const message = yamlErrorMessage(error) ?? String(error);
      issues.push({ file, message: `not valid YAML: ${message}` });
      return { file, data: undefined };
    }
  };

  const eventsDir = join(dataDir, 'events');
  let eventFiles: string[] = [];
  try {
    eventFiles = readdirSync(eventsDir).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch (error) {
    issues.push({ file: display(eventsDir), message: `cannot read the events folder: ${(error as Error).message}` });
  }

  const raw = {
    dossier: read(join(dataDir, 'dossier.yaml')),
    actors: read(join(dataDir, 'actors.yaml')),
    islands: read(join(dataDir, 'islands.yaml')),
    events: eventFiles.map((name) => read(join(eventsDir, name))),
    ...(existsSync(join(dataDir, OUTLETS_FILE)) ? { outlets: read(join(dataDir, OUTLETS_FILE)) } : {}),
  };
  if (issues.length > 0) throw new DossierError(issues);
  return raw;
}

/** The files the set is read from, for noticing an edit. */
export function dossierFiles(dataDir: string = DEFAULT_DATA_DIR): string[] {
  const eventsDir = join(dataDir, 'events');
  const events = readdirSync(eventsDir).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(eventsDir, name));
  const outlets = existsSync(join(dataDir, OUTLETS_FILE)) ? [join(dataDir, OUTLETS_FILE)] : [];
  return [join(dataDir, 'dossier.yaml'), join(dataDir, 'actors.yaml'), join(dataDir, 'islands.yaml'), ...outlets, ...events];
}
