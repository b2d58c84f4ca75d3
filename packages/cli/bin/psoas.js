#!/usr/bin/env node
// The `psoas` launcher. After `npm run build` it runs the bundle with plain Node; in a fresh
// checkout it runs the TypeScript source through tsx, so `npx psoas` works either way.
// Node resolves the bin symlink to this file, so the paths below are relative to the package.
import { existsSync } from 'node:fs';

const built = new URL('../dist/psoas.js', import.meta.url);

if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/main.ts', import.meta.url).href);
}
