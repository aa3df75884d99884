// Types for eslint.layers.js, which ESLint loads as plain JavaScript and test/lint/layers.test.ts imports.
import type { Linter } from 'eslint';

export declare const layerSettings: Linter.Config['settings'];
export declare const layerRules: Linter.RulesRecord;
