import { config } from 'zod';

/**
 * Imported first by main.tsx, before core's schemas are built: zod decides whether to compile an
 * object schema with `new Function` when the schema is built (at module load), and the probe it
 * runs for that is an eval, which the Content-Security-Policy forbids and reports on every page.
 * Parsing works the same without compiling.
 */
config({ jitless: true });
