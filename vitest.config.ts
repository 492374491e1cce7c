import { defineConfig, type Plugin } from 'vitest/config';

/** Packages Vite transforms instead of Node loading them (see `inline` below). */
const INLINE = ['@actions/workflow-parser', '@actions/expressions'];

/** Their published source maps point at files that are not published; drop the references, not the warnings. */
const dropMissingSourceMaps: Plugin = {
  name: 'drop-missing-source-maps',
  transform(code, id) {
    if (!INLINE.some((p) => id.includes(`/node_modules/${p}/`))) return undefined;
    return { code: code.replace(/^\/\/# sourceMappingURL=.*$/m, ''), map: null };
  },
};

export default defineConfig({
  plugins: [dropMissingSourceMaps],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['test/setup.ts'],
    // @actions/workflow-parser imports its JSON schemas without an import attribute, which Node 20 refuses;
    // transformed by Vite, the imports load.
    server: { deps: { inline: INLINE } },
  },
});
