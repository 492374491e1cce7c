import { describe, expect, it } from 'vitest';
import type { Report, StepReport } from '../../../../src/core/index.js';
import { renderReport } from '../../../../src/action/report/render.js';

function report(partial: Partial<Report>): Report {
  return {
    ok: true,
    steps: [],
    problems: [],
    totalSteps: 0,
    filledSteps: 0,
    nodes: [],
    edges: [],
    ...partial,
  };
}

const filled: StepReport = {
  step: 'CradleDataLoading-Training',
  family: 'cradle',
  status: 'filled',
  highlights: { 'data sources': 'RAW_MDS (MDS)', period: 'a → b' },
};

describe('renderReport', () => {
  it('renders a success: headline, steps table with statuses and key values, links', () => {
    const md = renderReport({
      report: report({
        steps: [
          filled,
          { step: 'XGBoostTraining', status: 'unchanged', reason: 'no payload needed', highlights: {} },
        ],
        totalSteps: 2,
        filledSteps: 1,
      }),
      commentKey: 'pipelines/dag.json',
      artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/9',
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(md).toBe(
      [
        '### ✅ Execution document generated: 1 of 2 steps filled',
        '<sub>pipelines/dag.json</sub>',
        '',
        '| Step | Family | Status | Key values |',
        '| --- | --- | --- | --- |',
        '| CradleDataLoading-Training | cradle | ✅ filled | data sources: RAW\\_MDS (MDS)<br>period: a → b |',
        '| XGBoostTraining | — | ➖ unchanged: no payload needed |  |',
        '',
        '📄 [Execution document](https://github.com/o/r/actions/runs/1/artifacts/9) · 🔗 [Workflow run](https://github.com/o/r/actions/runs/1)',
        '',
      ].join('\n'),
    );
  });

  it('renders a failure with the errors first, then warnings, with file:line:column', () => {
    const md = renderReport({
      report: report({
        ok: false,
        problems: [
          {
            severity: 'warning',
            code: 'config/unused',
            message: 'field x is ignored',
            file: 'c.json',
            line: 3,
          },
          {
            severity: 'error',
            code: 'dag/cycle',
            message: 'cycle a → b → a',
            file: 'dag.json',
            line: 4,
            column: 7,
            step: 'S',
          },
        ],
      }),
      commentKey: 'dag.json',
      artifactNote: 'Not uploaded.',
    });
    expect(md).toContain('### ❌ Execution document generation failed: 1 error\n');
    expect(md).toContain(
      '**Problems** (1 error, 1 warning)\n\n' +
        '- ❌ **error** dag/cycle in dag.json:4:7: cycle a → b → a (step S)\n' +
        '- ⚠️ **warning** config/unused in c.json:3: field x is ignored',
    );
    expect(md).toContain('📄 Not uploaded.');
    expect(md).not.toContain('| Step |');
  });

  it('escapes everything that comes from the user files', () => {
    const md = renderReport({
      report: report({
        steps: [
          {
            step: 'Evil|<b>@admin</b>',
            status: 'skipped',
            reason: '[click](http://x)',
            highlights: { 'k`': '*v* #1' },
          },
        ],
        totalSteps: 1,
      }),
      commentKey: '<!-- --> @team',
    });
    const row = md.split('\n').find((l) => l.startsWith('| Evil'));
    expect(row).toBe(
      '| Evil\\|&lt;b&gt;@\u200badmin&lt;/b&gt; | — | ⏭️ skipped: \\[click\\](http:\u200b//x) | k\\`: \\*v\\* #\u200b1 |',
    );
    expect(row!.split(/(?<!\\)\|/)).toHaveLength(6); // 4 cells
    expect(md).toContain('<sub>&lt;!-- --&gt; @\u200bteam</sub>');
  });

  it('clips long values', () => {
    const md = renderReport({
      report: report({
        steps: [{ ...filled, highlights: { sql: 'x'.repeat(500) } }],
        totalSteps: 1,
        filledSteps: 1,
      }),
      commentKey: 'k',
    });
    expect(md).toContain(`sql: ${'x'.repeat(159)}…`);
  });
});
