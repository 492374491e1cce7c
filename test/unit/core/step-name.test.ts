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
  it('capitalizes like Python', () => {
    expect(capitalize('mO_oRDERS')).toBe('Mo_orders');
  });
});
