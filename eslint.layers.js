// @ts-check
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The layers, enforced: data flows one way (dossier → briefings → commands → adapters), and each
 * layer imports only what is below it. A wrong import fails `npm run lint`.
 *
 *   common     neutral types and helpers (Caller, time zones, StartError): imports nothing of ours
 *   dossier    the event set and its schema
 *   briefings  pure briefings and answers: no I/O, no platform, no configuration
 *   charts     drawing a chart spec as a picture (Vega, resvg): imports only common; the command layer uses it
 *   store      the store connections shared by digests and intake (STORE_URL, SQLite file, Redis client)
 *   digests    subscriptions, store, scheduler: never the command layer or an adapter
 *   intake     feeds, candidates, curation: never the command layer, an adapter or the digests
 *   commands   the /kuril commands: never an adapter, the configuration or the logger
 *   adapters   console, Discord, Slack: never each other
 *   metrics    the Prometheus side of the Metrics port and the /healthz, /metrics server: used by the app only
 *   app, main, scripts: may use everything
 */
const below = (target, from, message) => ({ target, from, message });
const layers = [
  below('./src/common', ['./src/store', './src/charts', './src/dossier', './src/briefings', './src/digests', './src/commands', './src/adapters', './src/config.ts', './src/logger.ts', './src/app.ts', './src/main.ts'], 'common is the bottom layer: it imports nothing of ours.'),
  below('./src/dossier', ['./src/store', './src/charts', './src/briefings', './src/digests', './src/commands', './src/adapters', './src/config.ts', './src/logger.ts', './src/app.ts', './src/main.ts'], 'dossier imports nothing above it.'),
  below('./src/briefings', ['./src/store', './src/charts', './src/digests', './src/commands', './src/adapters', './src/config.ts', './src/logger.ts', './src/redact.ts', './src/app.ts', './src/main.ts', './src/scripts'], 'briefings is pure: no platform, store, configuration or logging.'),
  below('./src/charts', ['./src/dossier', './src/briefings', './src/digests', './src/intake', './src/commands', './src/adapters', './src/config.ts', './src/logger.ts', './src/app.ts', './src/main.ts'], 'charts only draws a spec it is given: it imports nothing of ours but common.'),
  below('./src/store', ['./src/charts', './src/dossier', './src/briefings', './src/digests', './src/intake', './src/commands', './src/adapters', './src/config.ts', './src/logger.ts', './src/app.ts', './src/main.ts'], 'store holds connections only: it imports nothing above common.'),
  below('./src/digests', ['./src/commands', './src/adapters', './src/intake', './src/app.ts', './src/main.ts'], 'digests imports neither the command layer nor an adapter.'),
  below('./src/intake', ['./src/commands', './src/adapters', './src/digests', './src/config.ts', './src/app.ts', './src/main.ts'], 'intake imports neither the command layer, an adapter, the digests nor the configuration.'),
  below('./src/commands', ['./src/adapters', './src/config.ts', './src/logger.ts', './src/app.ts', './src/main.ts'], 'the command layer never imports an adapter or the configuration.'),
  below('./src/config.ts', ['./src/commands', './src/digests', './src/adapters', './src/briefings'], 'the configuration imports only neutral helpers.'),
  below('./src/metrics', ['./src/dossier', './src/briefings', './src/digests', './src/intake', './src/commands', './src/adapters', './src/config.ts', './src/app.ts', './src/main.ts'], 'metrics (the Prometheus side) knows only the Metrics port and prom-client.'),
  below(['./src/common', './src/dossier', './src/briefings', './src/digests', './src/intake', './src/commands', './src/adapters'], ['./src/metrics'], 'only the app uses src/metrics; the rest calls the Metrics port (src/common/metrics.ts).'),
  below('./src/adapters/console', ['./src/adapters/discord', './src/adapters/slack'], 'adapters do not import each other.'),
  below('./src/adapters/discord', ['./src/adapters/console', './src/adapters/slack'], 'adapters do not import each other.'),
  below('./src/adapters/slack', ['./src/adapters/console', './src/adapters/discord'], 'adapters do not import each other.'),
];

/** Settings for eslint-plugin-import-x: resolve `.js` imports to our `.ts` files as TypeScript does. */
export const layerSettings = {
  'import-x/extensions': ['.ts', '.js'],
  'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
  'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
};

/** A wrong-layer import and an import cycle are errors. */
export const layerRules = /** @type {const} */ ({
  'import-x/no-restricted-paths': ['error', { zones: layers }],
  'import-x/no-cycle': ['error', { ignoreExternal: true }],
});
