import { describe, expect, it } from 'vitest';
import { toAnnotation } from '../../../../src/action/report/annotate.js';

describe('toAnnotation', () => {
  it('maps a located problem to an annotation with title, file, line and column', () => {
    expect(
      toAnnotation({
        severity: 'error',
        code: 'config/schema',
        message: 'job_type must be a string',
        file: 'p/config.json',
        jsonPath: '/configuration/specific/x/job_type',
        line: 41,
        column: 20,
        step: 'CradleDataLoading-Training',
      }),
    ).toEqual({
      level: 'error',
      message:
        'job_type must be a string (at /configuration/specific/x/job_type) [step CradleDataLoading-Training]',
      properties: { title: 'config/schema', file: 'p/config.json', startLine: 41, startColumn: 20 },
    });
  });
  it('leaves out a position the problem does not have', () => {
    expect(toAnnotation({ severity: 'warning', code: 'c', message: 'm', file: 'f' })).toEqual({
      level: 'warning',
      message: 'm',
      properties: { title: 'c', file: 'f' },
    });
  });
});

describe('toAnnotation with several pipelines', () => {
  it('names the pipeline after the step', () => {
    const a = toAnnotation(
      { severity: 'error', code: 'c', message: 'm', file: 'f.json', line: 2, step: 'S' },
      'training',
    );
    expect(a.message).toBe('m [step S] [pipeline training]');
    expect(a.properties).toEqual({ title: 'c', file: 'f.json', startLine: 2 });
  });
});
