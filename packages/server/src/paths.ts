import { fileURLToPath } from 'node:url';

/**
 * The server package's root directory. This module sits one level below the root both as
 * source (src/paths.ts) and once bundled (dist/start.js), so the same URL resolves in both.
 */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
