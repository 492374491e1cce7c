import { describe, expect, it } from 'vitest';
import { credentialsIn, registerSecrets } from '../../../../src/action/inputs/secrets.js';
import { knownSecrets, redact } from '../../../../src/action/log.js';

const PAT = `ghp_${'a1B2'.repeat(9)}`;
const FINE = `github_pat_${'x9'.repeat(20)}`;

describe('credentialsIn', () => {
  it('finds credentials by their shape, inside longer values', () => {
    expect(credentialsIn(`pipelines/${PAT}/dag.json`)).toEqual([PAT]);
    expect(credentialsIn(`token=${FINE}`)).toEqual([FINE]);
    expect(credentialsIn('key AKIAABCDEFGHIJKLMNOP here')).toEqual(['AKIAABCDEFGHIJKLMNOP']);
    expect(credentialsIn('pipelines/atoz/dag.json')).toEqual([]);
    expect(credentialsIn('ghp_short')).toEqual([]);
  });
});

describe('registerSecrets', () => {
  it('registers the token, secret-named inputs, credentials inside inputs and the runtime tokens', () => {
    registerSecrets({
      'INPUT_GITHUB-TOKEN': 'ghs_theActionsToken0123',
      'INPUT_DEPLOY-PASSWORD': 'hunter2hunter2',
      'INPUT_COMMENT-KEY': `team/${PAT}`,
      INPUT_DAG: 'pipelines/atoz/dag.json',
      ACTIONS_RUNTIME_TOKEN: 'eyJhbGciOi.runtime.token',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      PATH: '/usr/bin',
    });
    const secrets = knownSecrets();
    for (const s of [
      'ghs_theActionsToken0123',
      'hunter2hunter2',
      PAT,
      'eyJhbGciOi.runtime.token',
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    ])
      expect(secrets).toContain(s);
    expect(secrets).not.toContain('pipelines/atoz/dag.json');
    expect(secrets).not.toContain('/usr/bin');
    expect(redact(`key team/${PAT}, token ghs_theActionsToken0123`)).toBe('key team/***, token ***');
  });
});
