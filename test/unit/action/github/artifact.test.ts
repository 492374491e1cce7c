import { describe, expect, it } from 'vitest';
import {
  alternativeName,
  artifactFileName,
  isAlreadyExists,
} from '../../../../src/action/github/artifact.js';

describe('artifactFileName', () => {
  it('adds the extension of the format unless the name has it', () => {
    expect(artifactFileName('execution-document', 'json')).toBe('execution-document.json');
    expect(artifactFileName('doc.json', 'json')).toBe('doc.json');
    expect(artifactFileName('doc.json', 'yaml')).toBe('doc.json.yaml');
    expect(artifactFileName('doc.yml', 'yaml')).toBe('doc.yml');
  });
});

describe('isAlreadyExists', () => {
  it('recognizes the 409 the artifact client reports on a duplicate name', () => {
    expect(
      isAlreadyExists(
        new Error(
          'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
        ),
      ),
    ).toBe(true);
    expect(isAlreadyExists(new Error('Failed request: (500) Internal Server Error'))).toBe(false);
  });
});

describe('alternativeName', () => {
  it('numbers the name before the extension', () => {
    expect(alternativeName('execution-document.json', 2)).toBe('execution-document-2.json');
    expect(alternativeName('doc.v1.yaml', 3)).toBe('doc.v1-3.yaml');
  });
});
