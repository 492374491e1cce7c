/**
 * `--format yaml` documents are read the same by YAML 1.2 readers and by YAML 1.1 readers such as PyYAML, the usual
 * reader next to SageMaker: YAML 1.1 turns plain `yes`, `on`, `1_000`, `12:30`, `2025-01-01` or `0b101` into booleans,
 * numbers and dates, reads `1e-07` as a string and refuses `=`, `<<`, tabs in plain scalars and C1 controls.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseSource } from '../../../src/core/source.js';
import { serializeDocument } from '../../../src/core/serialize.js';

const STRINGS = [
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  '1_000',
  '12:30',
  '1:2:3',
  '2025-01-01',
  '2025-01-01T00:00:00',
  '0b101',
  '0755',
  '0x1F',
  '=',
  '<<',
  '~',
  'null',
  '.inf',
  '1e3',
  '+12',
  'x\u0085y',
  'a\u2028b',
  'a\u2029b',
  'a\u007fb',
  'a\u009fb',
  '\ufeffx',
  'tab\there',
  'multi\nline',
  'quote"d',
  'back\\slash',
  'plain text',
  'emoji \u{1f600}',
  '',
  // YAML 1.2 core non-strings that YAML 1.1 has no such form for.
  '0o17',
  '.5',
  '1e-10',
  'True',
  '-.inf',
  '.NaN',
  '0x1f',
];
const NUMBERS =
  '[1e-07, 1.5e+300, 0.0, -0.0, 1e+16, 12345678901234567890, 0.5, 7, 1.0, 2.5e-05, 1e-10, 1e+21, 5e-324]';
const JSON_TEXT = JSON.stringify({
  PIPELINE_STEP_CONFIGS: {
    on: { STEP_TYPE: 'yes', STEP_CONFIG: { values: STRINGS, '=': '<<', no: 'off' } },
  },
}).replace('"values":', `"numbers": ${NUMBERS}, "values":`);

function documentOf(text: string, name: string): unknown {
  const r = parseSource({ name, text });
  expect(r.problems).toEqual([]);
  return r.source!.value;
}

const doc = documentOf(JSON_TEXT, 'doc.json');
const yamlText = serializeDocument(doc, 'yaml');

describe('YAML output', () => {
  it('is read back as the same document by a YAML 1.2 reader (ours: the numbers keep their Python text)', () => {
    expect(serializeDocument(documentOf(yamlText, 'doc.yaml'), 'json')).toBe(serializeDocument(doc, 'json'));
  });

  it.each(['1.1', '1.2'] as const)('a YAML %s reader gets the same values as JSON.parse', (version) => {
    expect(parse(yamlText, { version })).toEqual(JSON.parse(JSON_TEXT));
  });

  it('writes what YAML 1.1 reads differently in the forms PyYAML reads right', () => {
    const lines = yamlText.split('\n').map((l) => l.trim());
    // Floats in exponent form carry a dot (PyYAML reads `1e-07` as a string).
    expect(lines).toEqual(
      expect.arrayContaining(['- 1.0e-07', '- 1.5e+300', '- 1.0e+16', '- 2.5e-05', '- -0.0']),
    );
    // Also the floats JS prints in exponent form as Python does (no ExactNumber needed for them).
    expect(lines).toEqual(expect.arrayContaining(['- 1.0e-10', '- 1.0e+21', '- 5.0e-324']));
    expect(lines).toEqual(expect.arrayContaining(['- "0o17"', '- ".5"', '- "1e-10"', '- "True"']));
    expect(lines).toEqual(
      expect.arrayContaining(['"on":', 'STEP_TYPE: "yes"', '"=": "<<"', '"no": "off"', '- "tab\\there"']),
    );
    expect(lines).toEqual(
      expect.arrayContaining(['- "x\\u0085y"', '- "a\\u2028b"', '- "a\\u007fb"', '- "\\ufeffx"']),
    );
  });

  const pyyaml = spawnSync('python3', ['-c', 'import yaml'], { stdio: 'ignore' }).status === 0;
  it.runIf(pyyaml)('PyYAML (safe_load) reads exactly the document json.loads reads', () => {
    const script =
      'import sys, json, yaml\n' +
      'a = json.loads(sys.argv[1]); b = yaml.safe_load(sys.stdin.read())\n' +
      'print(json.dumps(a) == json.dumps(b) and a == b)';
    const out = execFileSync('python3', ['-c', script, JSON_TEXT], { input: yamlText, encoding: 'utf8' });
    expect(out.trim()).toBe('True');
  });
});
