import { describe, it, expect } from 'vitest';
import { jobTypeStepName, capitalize } from '../../../src/core/step-name.js';

describe('execution step names (FORMAT §b.2)', () => {
  it.each([
    ['CradleDataLoading_training', 'training', 'CradleDataLoading-Training'],
    ['CradleDataLoading_calibration', 'calibration', 'CradleDataLoading-Calibration'],
    ['RedshiftDataLoading_mo_orders', 'mo_orders', 'RedshiftDataLoading-Mo_orders'],
    ['Foo', 'training', 'Foo-Training'],
    ['Foo_Training', 'training', 'Foo_Training-Training'],
    ['Foo_training', 'TRAINING', 'Foo-Training'],
    ['DataUploading', null, 'DataUploading'],
    ['DataUploading', '', 'DataUploading'],
  ])('%s with job_type %s → %s', (node, jobType, expected) => {
    expect(jobTypeStepName(node, jobType)).toBe(expected);
  });
  // Python 3.11 `str.capitalize()`: title case of the first character, the rest lower-cased in context.
  it.each([
    ['mO_oRDERS', 'Mo_orders'],
    ['ǆob', 'ǅob'],
    ['ǅOB', 'ǅob'],
    ['ßcore', 'Sscore'],
    ['ﬁnal', 'Final'],
    ['ᾳx', 'ᾼx'],
    ['აბ', 'აბ'],
    ['aΣ', 'Aς'],
    ['ΣΑΣ', 'Σας'],
    ['İx', 'İx'],
    ['ŉ', 'ʼN'],
    ['', ''],
  ])('capitalize(%s) = %s, as Python', (s, out) => {
    expect(capitalize(s)).toBe(out);
  });
});
