import { readFile } from 'node:fs/promises';
import { build, type Plugin } from 'esbuild';

/**
 * Bundles the CLI into dist/psoas.js for plain Node. Third-party packages stay external (the
 * meaning of esbuild's `packages: 'external'`), but the workspace's own packages are bundled:
 * @psoas/core ships TypeScript source, which Node cannot import at run time. Zod arrives through
 * core and is bundled with it, so the bundle needs only what this package.json declares.
 */

const packageJson: unknown = JSON.parse(
  await readFile(new URL('../package.json', import.meta.url), 'utf8'),
);
const declared =
  typeof packageJson === 'object' &&
  packageJson !== null &&
  'dependencies' in packageJson &&
  typeof packageJson.dependencies === 'object' &&
  packageJson.dependencies !== null
    ? Object.keys(packageJson.dependencies).filter((name) => !name.startsWith('@psoas/'))
    : [];

const externalDeclared: Plugin = {
  name: 'external-declared-dependencies',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
      const isDeclared = declared.some(
        (name) => args.path === name || args.path.startsWith(`${name}/`),
      );
      return isDeclared ? { path: args.path, external: true } : undefined;
    });
  },
};

await build({
  entryPoints: [new URL('../src/main.ts', import.meta.url).pathname],
  outfile: new URL('../dist/psoas.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [externalDeclared],
  logLevel: 'warning',
});
