import { describe, it, expect } from 'vitest';
import { generate } from '../../../src/core/index.js';
import { counts, nodeLines, stepLines } from '../../../src/cli/mcp/report.js';
import {
  configFile,
  dagFile,
  PACKAGE,
  PAYLOAD,
  registrationConfig,
  templateFile,
} from '../../helpers/build.js';

/** A registration node whose config is NA, a template with NA and EU steps, and a node of another case. */
function run() {
  return generate({
    dag: dagFile(['package', 'payload', 'Registration'], [['package', 'Registration']]),
    config: configFile({ Package: PACKAGE, Payload: PAYLOAD, Registration: registrationConfig() }),
    template: templateFile({
      'Registration-NA': {
        STEP_CONFIG: {},
        STEP_TYPE: ['PROCESSING_STEP', 'MimsModelRegistrationProcessingStep'],
      },
      'Registration-EU': {
        STEP_CONFIG: {},
        STEP_TYPE: ['PROCESSING_STEP', 'MimsModelRegistrationProcessingStep'],
      },
      Training: { STEP_CONFIG: {}, STEP_TYPE: 'TRAINING_STEP' },
    }),
  });
}

describe('the report as text for an assistant', () => {
  it('says where each filled step came from and why the others were not filled', () => {
    const { report } = run();
    expect(report.ok).toBe(true);
    const lines = stepLines(report);
    const eu = lines.find((l) => l.includes('Registration-EU'))!;
    expect(eu).toMatch(/^ {2}unchanged +Registration-EU +not produced by a DAG node that needs a payload; /);
    expect(eu).toContain('filled instead: Registration-NA (from node Registration)');
    const na = lines.find((l) => / Registration-NA /.test(l))!;
    expect(na).toMatch(
      /^ {2}filled +Registration-NA +from node Registration, config Registration \(RegistrationConfig\), exact match$/,
    );
    // Highlights of a filled step on the next line.
    expect(lines[lines.indexOf(na) + 1]).toMatch(/^ +.*region: NA/);
    // A step of another kind gets no "filled instead".
    expect(lines.find((l) => l.includes('Training'))).not.toContain('filled instead');
  });

  it('lists nodes matched ignoring case', () => {
    const { report } = run();
    expect(nodeLines(report)).toEqual([
      '  DAG node package matched config Package ignoring case',
      '  DAG node payload matched config Payload ignoring case',
    ]);
    expect(counts(report)).toEqual({
      nodes: 3,
      steps: 3,
      filled: 1,
      unchanged: 2,
      skipped: 0,
      errors: 0,
      warnings: 0,
    });
  });
});
