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

export async function startServices(github: GitHubServerOptions = {}): Promise<Services> {
  const blob = await startBlobServer();
  const [artifacts, gh] = await Promise.all([startArtifactServer(blob), startGitHubServer(github)]);
  return {
    blob,
    artifacts,
    github: gh,
    close: async () => {
      await Promise.all([blob.close(), artifacts.close(), gh.close()]);
    },
  };
}
