/** All loopback services a run of the action talks to, started together. */
import { startArtifactServer, type ArtifactServer } from './artifact.js';
import { startBlobServer, type BlobServer } from './blob.js';
import { startGitHubServer, type GitHubServer, type GitHubServerOptions } from './github.js';

export { startArtifactServer, startBlobServer, startGitHubServer };
export type { ArtifactServer, BlobServer, GitHubServer };

export interface Services {
  blob: BlobServer;
  artifacts: ArtifactServer;
  github: GitHubServer;
  close(): Promise<void>;
}

/** The REST run id the action runner helper gives runs (GITHUB_RUN_ID), and its artifact backend id. */
export const RUNS: Record<string, string> = { '123456789': 'c0ffee00-0000-4000-8000-000000000001' };

export async function startServices(github: GitHubServerOptions = {}): Promise<Services> {
  const blob = await startBlobServer();
  const [artifacts, gh] = await Promise.all([startArtifactServer(blob), startGitHubServer(github)]);
  // The REST artifact API serves what the Twirp service stores, as GitHub does.
  gh.linkArtifacts(artifacts, RUNS);
  return {
    blob,
    artifacts,
    github: gh,
    close: async () => {
      await Promise.all([blob.close(), artifacts.close(), gh.close()]);
    },
  };
}
