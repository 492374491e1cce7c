import fc from 'fast-check';
import { loadYaml } from '../src/core/yaml-support.js';

// The adapters load YAML support on demand; core unit tests use YAML inputs freely.
await loadYaml();

// Property tests explore new inputs on every local run; in CI (CI=true) they replay one fixed seed, so a check that
// gates a merge is the same check every time. FC_SEED overrides it, to replay a failure seen locally.

const seed = process.env['FC_SEED'] ?? (process.env['CI'] === 'true' ? '20261201' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
