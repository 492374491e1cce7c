import { describe, expect, it } from 'vitest';
import { artifactFileName, isAlreadyExists, suffixedName } from '../../../../src/action/github/artifact.js';

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

describe('suffixedName', () => {
  it('puts the suffix before the extension of a file artifact, at the end of a zip artifact', () => {
    expect(suffixedName('execution-document.json', '0a1b2c3d', true)).toBe(
      'execution-document-0a1b2c3d.json',
    );
    expect(suffixedName('doc.v1.yaml', '3', true)).toBe('doc.v1-3.yaml');
    expect(suffixedName('execution-documents', '0a1b2c3d', false)).toBe('execution-documents-0a1b2c3d');
    expect(suffixedName('docs.v1', '2', false)).toBe('docs.v1-2');
  });
});
