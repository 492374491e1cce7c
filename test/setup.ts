import { loadYaml } from '../src/core/yaml-support.js';

// The adapters load YAML support on demand; core unit tests use YAML inputs freely.
await loadYaml();
