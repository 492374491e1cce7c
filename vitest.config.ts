import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['test/setup.ts'],
    // It imports its JSON schema without an import attribute, which Node refuses; vite's transform handles it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
