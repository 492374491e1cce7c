/**
 * Property: for configs whose fields are written as strings, numbers or booleans, --lenient writes each field with
 * the type pydantic converts it to (int, bool, Python float) when every field converts; when one does not,
 * cursus loads the config unvalidated and every field comes out exactly as saved.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { generate } from '../../../src/core/index.js';
import { isExactNumber, numberText, pythonFloatRepr, numericValue } from '../../../src/core/number.js';
import { MINIMAL_SHARED as SHARED } from '../../helpers/build.js';

type Kind = 'int' | 'bool' | 'float';
/** A field value as written in the file, and what pydantic makes of it (undefined: it cannot convert it). */
type Written = { raw: unknown; value?: number | boolean };

const intAs = (v: number): fc.Arbitrary<Written> =>
  fc.constantFrom<Written>(
    { raw: v, value: v },
    { raw: String(v), value: v },
    { raw: ` ${v}\t`, value: v },
    { raw: `+${v}`, value: v },
    { raw: `${v}.0`, value: v },
    { raw: `000${v}`, value: v },
    ...(v >= 1000 ? [{ raw: `${String(v).slice(0, -3)}_${String(v).slice(-3)}`, value: v }] : []),
    ...(v === 1 ? [{ raw: true, value: 1 }] : []),
  );
const boolAs = (v: boolean): fc.Arbitrary<Written> =>
  fc.constantFrom<Written>(
    { raw: v, value: v },
    { raw: v ? 'true' : 'false', value: v },
    { raw: v ? 'Yes' : 'NO', value: v },
    { raw: v ? 'on' : 'off', value: v },
    { raw: v ? 't' : 'f', value: v },
    { raw: v ? 'Y' : 'n', value: v },
    { raw: v ? '1' : '0', value: v },
    { raw: v ? 1 : 0, value: v },
  );
const floatAs = (v: number): fc.Arbitrary<Written> =>
  fc.constantFrom<Written>(
    { raw: v, value: v },
    { raw: String(v), value: v },
    { raw: ` ${v} `, value: v },
    ...(v === 0 || v === 1 ? [{ raw: v === 1, value: v }] : []),
  );
const junk: Record<Kind, fc.Arbitrary<Written>> = {
  int: fc.constantFrom<Written>({ raw: 'abc' }, { raw: '1e3' }, { raw: '2.5' }),
  bool: fc.constantFrom<Written>({ raw: 'maybe' }, { raw: ' true' }, { raw: 2 }),
  float: fc.constantFrom<Written>({ raw: 'x' }, { raw: '1,5' }),
};

/** Mostly convertible, sometimes not. */
const field = (kind: Kind, ok: fc.Arbitrary<Written>): fc.Arbitrary<Written> =>
  fc.oneof({ weight: 9, arbitrary: ok }, { weight: 1, arbitrary: junk[kind] });

const FIELDS = {
  table_version: ['int', field('int', fc.integer({ min: 0, max: 20000 }).chain(intAs))],
  has_header: ['bool', field('bool', fc.boolean().chain(boolAs))],
  port: ['int', field('int', fc.integer({ min: 1, max: 65535 }).chain(intAs))],
  is_using_andes3: ['bool', field('bool', fc.boolean().chain(boolAs))],
  expected_tps: ['int', field('int', fc.integer({ min: 1, max: 5000 }).chain(intAs))],
  max_latency_in_millisecond: ['int', field('int', fc.integer({ min: 100, max: 10000 }).chain(intAs))],
  max_acceptable_error_rate: [
    'float',
    field(
      'float',
      fc.oneof(fc.constantFrom(0, 1, 0.5, 0.25), fc.double({ min: 0, max: 1, noNaN: true })).chain(floatAs),
    ),
  ],
} as const;
type FieldName = keyof typeof FIELDS;

type StepDoc = {
  PIPELINE_STEP_CONFIGS: Record<string, { STEP_CONFIG: Record<string, Record<string, unknown>> }>;
};

function run(w: Record<FieldName, Written>): StepDoc {
  const specific = {
    DataUploading: {
      __model_type__: 'DataUploadingConfig',
      provider_name: 'p',
      table_name: 't',
      cradle_account: 'c',
      schema_sdl: 's',
      table_version: w.table_version.raw,
      has_header: w.has_header.raw,
    },
    Package: { __model_type__: 'PackageConfig' },
    Payload: {
      __model_type__: 'PayloadConfig',
      expected_tps: w.expected_tps.raw,
      max_latency_in_millisecond: w.max_latency_in_millisecond.raw,
      max_acceptable_error_rate: w.max_acceptable_error_rate.raw,
    },
    Redshift: {
      __model_type__: 'RedshiftDataLoadingConfig',
      cluster_id: 'c',
      db_name: 'd',
      role_arn: 'r',
      cluster_endpoint: 'e',
      query: 'q',
      port: w.port.raw,
      is_using_andes3: w.is_using_andes3.raw,
    },
    Registration: {
      __model_type__: 'RegistrationConfig',
      framework: 'xgboost',
      inference_entry_point: 'i.py',
      model_domain: 'd',
      model_objective: 'o',
      model_owner: 'w',
    },
  };
  const config_types = Object.fromEntries(Object.entries(specific).map(([k, v]) => [k, v.__model_type__]));
  const { document } = generate({
    dag: { name: 'dag.json', text: JSON.stringify({ nodes: ['DataUploading', 'Redshift', 'Registration'] }) },
    config: {
      name: 'config.json',
      text: JSON.stringify({ configuration: { shared: SHARED, specific }, metadata: { config_types } }),
    },
    template: {
      name: 'template.json',
      text: JSON.stringify({
        PIPELINE_STEP_CONFIGS: { DataUploading: { STEP_CONFIG: {} }, Redshift: {}, 'Registration-NA': {} },
      }),
    },
    lenient: true,
  });
  return document as unknown as StepDoc;
}

function written(doc: StepDoc): Record<FieldName, unknown> {
  const s = doc.PIPELINE_STEP_CONFIGS;
  const du = s['DataUploading']!.STEP_CONFIG;
  const rs = s['Redshift']!.STEP_CONFIG;
  const load = s['Registration-NA']!.STEP_CONFIG['load_testing_info_map']!;
  return {
    table_version: (du['dataSink'] as Record<string, Record<string, unknown>>)['andesDataSinkProperties']![
      'tableVersion'
    ],
    has_header: du['hasHeader'],
    port: rs['clusterSpecification']!['port'],
    is_using_andes3: rs['querySpecification']!['isUsingAndes3'],
    expected_tps: load['expected_tps'],
    max_latency_in_millisecond: load['max_latency_in_millisecond'],
    max_acceptable_error_rate: load['max_acceptable_error_rate'],
  };
}

/** Which config each field belongs to: one bad field sends its whole config down the unvalidated path. */
const CONFIG_OF: Record<FieldName, string> = {
  table_version: 'du',
  has_header: 'du',
  port: 'rs',
  is_using_andes3: 'rs',
  expected_tps: 'payload',
  max_latency_in_millisecond: 'payload',
  max_acceptable_error_rate: 'payload',
};

describe('lenient output types are the pydantic-converted types', () => {
  it('holds for fields written as strings, numbers or booleans', () => {
    const arb = fc.record(
      Object.fromEntries(Object.entries(FIELDS).map(([k, [, a]]) => [k, a])) as Record<
        FieldName,
        fc.Arbitrary<Written>
      >,
    );
    fc.assert(
      fc.property(arb, (w) => {
        const out = written(run(w));
        const broken = new Set(
          (Object.keys(w) as FieldName[]).filter((k) => w[k].value === undefined).map((k) => CONFIG_OF[k]),
        );
        for (const k of Object.keys(w) as FieldName[]) {
          const got = out[k];
          if (broken.has(CONFIG_OF[k])) {
            // Unvalidated: the value as json.load read it, printed as Python prints it (`1e-9` → `1e-09`).
            const raw = w[k].raw;
            if (typeof raw === 'number') {
              expect(numericValue(got), k).toBe(raw);
              const literal = JSON.stringify(raw);
              expect(numberText(got as number), k).toBe(
                /[.eE]/.test(literal) ? pythonFloatRepr(raw) : literal,
              );
            } else expect(got, k).toEqual(raw);
            continue;
          }
          const kind = FIELDS[k][0];
          if (kind === 'bool') expect(got, k).toBe(w[k].value);
          else if (kind === 'int') {
            expect(typeof got, k).toBe('number');
            expect(got, k).toBe(w[k].value);
          } else {
            // A Python float: its value, printed with a fraction or an exponent (0 → 0.0).
            expect(numericValue(got), k).toBe(w[k].value);
            const text = numberText(got as number);
            expect(/[.e]/.test(text) || isExactNumber(got), `${k}: ${text}`).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
