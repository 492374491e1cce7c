/** Errors once each, knock-ons under their cause, on the real problems of a config typo. */
import { describe, expect, it } from 'vitest';
import { groupProblems } from '../../../../src/action/report/problems.js';
import * as cases from '../../../helpers/report-cases.js';

describe('groupProblems', () => {
  it('a bad shared region: one error per position, the missing registration step as its knock-on', () => {
    const { report } = cases.run(cases.badRegion(cases.demoTexts()));
    expect(report.problems.filter((p) => p.severity === 'error')).toHaveLength(5);
    const { errors } = groupProblems(report.problems);
    expect(
      errors.map((g) => [g.cause.code, g.cause.line, g.also.length, g.knockOns.map((k) => k.code)]),
    ).toEqual([
      ['config/schema', 16, 1, ['template/missing-step']],
      ['config/schema', 742, 0, []],
      ['config/schema', 312, 0, []],
    ]);
  });

  it('two problems at one position: the schema error is the cause, the failed image lookup its knock-on', () => {
    const t = cases.demoTexts();
    const { report } = cases.run({
      ...t,
      config: t.config.replace(/"framework": "xgboost"/g, '"framework": "xgbost"'),
    });
    const { errors } = groupProblems(report.problems);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.cause.code).toBe('config/schema');
    expect(errors[0]!.knockOns.map((k) => k.code)).toEqual(['registration/image-uri']);
  });

  it('unrelated errors stay apart; warnings are grouped by position only', () => {
    const p = (code: string, line: number, message = 'm', severity: 'error' | 'warning' = 'error') => ({
      severity,
      code,
      message,
      file: 'c.json',
      line,
    });
    const g = groupProblems([
      p('config/schema', 1, 'got "AB"'),
      p('resolve/no-config', 2, 'node "X" matches nothing'),
      p('x/w', 3, 'w', 'warning'),
      p('x/w', 3, 'w', 'warning'),
    ]);
    expect(g.errors.map((e) => e.cause.code)).toEqual(['config/schema', 'resolve/no-config']);
    expect(g.warnings).toHaveLength(1);
    expect(g.warnings[0]!.also).toHaveLength(1);
  });
});
