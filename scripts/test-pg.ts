import { spawnSync } from 'node:child_process';
import pg from 'pg';

/**
 * Runs the server suites against real PostgreSQL. It creates a throwaway database on the local
 * server (PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres), hands it to the
 * suites as TEST_DATABASE_URL (each test file then creates and drops its own database from it),
 * and drops it again afterwards, whatever the outcome.
 */
const adminUrl = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `psoas_ci_${process.pid}_${Date.now()}`;

async function withAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

await withAdmin(`create database ${name}`);
let status: number;
try {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // Given files narrow the run (`npm run test:pg -- packages/server/test/x.test.ts`).
  const given = process.argv.slice(2);
  const files = given.some((arg) => !arg.startsWith('-')) ? given : ['packages/server', ...given];
  const run = spawnSync('npx', ['vitest', 'run', ...files], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: url.toString() },
  });
  status = run.status ?? 1;
} finally {
  await withAdmin(`drop database if exists ${name} with (force)`);
}
process.exit(status);
