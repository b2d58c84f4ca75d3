import { build, type Plugin } from 'esbuild';
import { ensurePgliteSnapshot } from '../src/db/snapshot.ts';

/**
 * Bundles the server (with core) into dist/start.js so production starts with plain `node`,
 * without compiling TypeScript at start-up. npm packages stay external, but the workspace's own
 * (@psoas/core) are bundled: they ship TypeScript source, which plain Node cannot import. Then
 * makes sure the
 * migrated PGlite snapshot exists, so a brand-new install skips PGlite's slow initdb.
 */
const externalThirdParty: Plugin = {
  name: 'external-third-party',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@psoas/') ? undefined : { path: args.path, external: true },
    );
  },
};

const started = performance.now();
await build({
  entryPoints: ['src/start.ts'],
  outfile: 'dist/start.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [externalThirdParty],
  sourcemap: true,
  logLevel: 'warning',
});
const snapshot = await ensurePgliteSnapshot();
console.log(
  `server built: dist/start.js; snapshot ${snapshot.created ? 'written' : 'current'} (${Math.round(performance.now() - started)} ms)`,
);
