import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceText } from '../../src/core/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

export function fixturePath(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

export function readFixture(...parts: string[]): string {
  return readFileSync(fixturePath(...parts), 'utf8');
}

export function source(name: string, text: string): SourceText {
  return { name, text };
}

/** The three inputs and the expected output of a corpus case, as the CLI would read them. */
export function corpusCase(name: 'demo' | 'rnr'): {
  dag: SourceText;
  config: SourceText;
  template: SourceText;
  expected: string;
} {
  return {
    dag: source('dag.json', readFixture('corpus', name, 'dag.json')),
    config: source('config.json', readFixture('corpus', name, 'config.json')),
    template: source('template.json', readFixture('corpus', name, 'template.json')),
    expected: readFixture('corpus', name, 'expected.json'),
  };
}
