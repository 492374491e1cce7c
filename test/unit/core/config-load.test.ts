import { describe, it, expect } from 'vitest';
import { loadConfig, filePointer } from '../../../src/core/config/load.js';
import { unwrap } from '../../../src/core/config/unwrap.js';
import { awsRegion, pipelineS3Loc, edxManifest, cradleOutputPath } from '../../../src/core/config/derived.js';

describe('unwrap (FORMAT §a.3)', () => {
  it('removes every type wrapper and the _-prefixed keys of models', () => {
    const saved = {
      __model_type__: 'X',
      _private: 1,
      list: { __type_info__: 'list', value: [{ __model_type__: 'Y', a: 1, _b: 2 }] },
      tuple: { __type_info__: 'tuple', value: [1, 2] },
      set: { __type_info__: 'set', value: ['a'] },
      dict: { __type_info__: 'dict', value: { k: { __type_info__: 'path', value: '/tmp/x' } } },
      when: { __type_info__: 'datetime', value: '2025-01-01T00:00:00' },
      kind: { __type_info__: 'enum', enum_class: 'm.E', value: 'A' },
      plain: { _kept: 1 },
    };
    expect(unwrap(saved)).toEqual({
      __model_type__: 'X',
      list: [{ __model_type__: 'Y', a: 1 }],
      tuple: [1, 2],
      set: ['a'],
      dict: { k: '/tmp/x' },
      when: '2025-01-01T00:00:00',
      kind: 'A',
      plain: { _kept: 1 },
    });
  });

  it('turns save-time failure markers into empty models', () => {
    expect(unwrap({ __model_type__: 'X', _circular_ref: true, _ref_message: 'loop' })).toEqual({
      __model_type__: 'X',
    });
    expect(unwrap({ __model_type__: 'X', _error: 'boom', _serialization_error: true })).toEqual({
      __model_type__: 'X',
    });
  });

  it('returns untouched parts as they are and never modifies its input', () => {
    const inner = { a: [1, 2], b: { c: 'd' } };
    const saved = { __model_type__: 'X', inner, l: { __type_info__: 'list', value: [inner] } };
    const copy = structuredClone(saved);
    const out = unwrap(saved) as { inner: unknown; l: unknown[] };
    expect(out.inner).toBe(inner);
    expect(out.l[0]).toBe(inner);
    expect(saved).toEqual(copy);
  });
});

describe('loadConfig (FORMAT §a.1, §a.2)', () => {
  const file = {
    configuration: {
      shared: { author: 'a', region: 'NA', nested: { x: 1 } },
      specific: {
        B: {
          __model_type__: 'XGBoostTrainingConfig',
          region: 'EU',
          _hidden: 1,
          extra: { __type_info__: 'list', value: [{ v: 1 }] },
        },
      },
    },
    metadata: { config_types: { B: 'XGBoostTrainingConfig', A: 'TabularPreprocessingConfig' } },
  };

  it('one config per config_types entry, in file order; specific wins; a missing block gets the shared fields', () => {
    const { entries, problems } = loadConfig(file, 'config.json');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.key, e.className])).toEqual([
      ['B', 'XGBoostTrainingConfig'],
      ['A', 'TabularPreprocessingConfig'],
    ]);
    expect(entries[0]!.value).toEqual({ author: 'a', region: 'EU', nested: { x: 1 }, extra: [{ v: 1 }] });
    expect(entries[1]!.value).toEqual({ author: 'a', region: 'NA', nested: { x: 1 } });
    expect(entries[0]!.value['nested']).not.toBe(entries[1]!.value['nested']);
  });

  it('maps a loaded path back to the file, through wrappers and to shared fields', () => {
    const [b, a] = loadConfig(file, 'config.json').entries;
    expect(filePointer(b!, ['extra', '0', 'v'])).toBe('/configuration/specific/B/extra/value/0/v');
    expect(filePointer(b!, ['region'])).toBe('/configuration/specific/B/region');
    expect(filePointer(b!, ['author'])).toBe('/configuration/shared/author');
    expect(filePointer(a!, ['nested', 'x'])).toBe('/configuration/shared/nested/x');
    expect(filePointer(a!, ['missing', 'deep'])).toBe('/metadata/config_types/A');
  });

  it('a file without metadata.config_types is a strict-only error; bad shapes are errors with pointers', () => {
    expect(loadConfig({ configuration: { shared: {}, specific: {} } }, 'c.json').problems[0]).toMatchObject({
      code: 'config/no-config-types',
      strictOnly: true,
    });
    expect(loadConfig([], 'c.json').problems[0]).toMatchObject({ code: 'config/shape', jsonPath: '' });
    const bad = loadConfig(
      {
        configuration: { shared: {}, specific: { X: 3 } },
        metadata: { config_types: { X: 'XGBoostTrainingConfig', Y: 7 } },
      },
      'c.json',
    );
    expect(bad.problems.map((p) => p.jsonPath)).toEqual([
      '/configuration/specific/X',
      '/metadata/config_types/Y',
    ]);
  });

  it('keys like __proto__ are data', () => {
    const text =
      '{"configuration":{"shared":{},"specific":{"__proto__":{"__model_type__":"XGBoostTrainingConfig","a":1}}},"metadata":{"config_types":{"__proto__":"XGBoostTrainingConfig"}}}';
    const { entries } = loadConfig(JSON.parse(text), 'c.json');
    expect(entries.map((e) => e.key)).toEqual(['__proto__']);
    expect(entries[0]!.value['a']).toBe(1);
    expect(({} as Record<string, unknown>)['a']).toBeUndefined();
  });
});

describe('derived values (FORMAT §a.4)', () => {
  it.each([
    ['NA', 'us-east-1'],
    ['EU', 'eu-west-1'],
    ['FE', 'us-west-2'],
    ['XX', 'us-east-1'],
    [undefined, 'us-east-1'],
  ])('region %s → %s', (r, aws) => expect(awsRegion(r)).toBe(aws));

  it('pipeline S3 location, Cradle output path and EDX manifest', () => {
    const b = {
      author: 'lukexie',
      bucket: 'bkt',
      region: 'NA',
      service_name: 'AtoZ',
      pipeline_version: '1.3.1',
    };
    expect(pipelineS3Loc(b)).toBe('s3://bkt/MODS/lukexie-AtoZ-xgboost-NA_1.3.1');
    expect(cradleOutputPath(pipelineS3Loc(b), 'training')).toBe(
      's3://bkt/MODS/lukexie-AtoZ-xgboost-NA_1.3.1/data-load/training',
    );
    expect(cradleOutputPath('', 'calibration')).toBe('s3://default-bucket/data-load/calibration');
    expect(
      edxManifest({ edx_provider: 'p', edx_subject: 's', edx_dataset: 'd', edx_manifest_key: '["k"]' }),
    ).toBe('arn:amazon:edx:iad::manifest/p/s/d/["k"]');
    expect(edxManifest({ edx_arn: 'arn:amazon:edx:iad::manifest/x', edx_provider: 'p' })).toBe(
      'arn:amazon:edx:iad::manifest/x',
    );
  });
});
