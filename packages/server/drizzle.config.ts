import { defineConfig } from 'drizzle-kit';

// Migrations are generated once from the schema and committed; the same SQL files are applied
// on start to embedded PGlite and to PostgreSQL alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
