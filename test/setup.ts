import fc from 'fast-check';
import { loadYaml } from '../src/core/yaml-support.js';

// The adapters load YAML support on demand; core unit tests use YAML inputs freely.
await loadYaml();

// Property tests explore new inputs on every local run; in CI (CI=true) they replay one fixed seed, so a check that
// gates a merge is the same check every time. FC_SEED overrides it, to replay a failure seen locally.

const seed = process.env['FC_SEED'] ?? (process.env['CI'] === 'true' ? '20261201' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });

// Unit tests run the action's modules in this process, and @actions/core writes its workflow commands
// (`::warning::`, `::add-mask::`) to standard output. When the suite itself runs in GitHub Actions the runner
// would obey them — annotations on this repository's own CI, masks of the tests' fake tokens — so they are made
// inert here. Tests that capture standard output (a spy on process.stdout.write) still see them as written.
const write = process.stdout.write.bind(process.stdout) as (chunk: unknown, ...rest: unknown[]) => boolean;
process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
  write(
    typeof chunk === 'string' ? chunk.replace(/^::/gm, '[test] ::') : chunk,
    ...rest,
  )) as typeof process.stdout.write;
