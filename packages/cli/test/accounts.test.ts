import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  RED_FLAG_QUESTIONS,
  meResponseSchema,
  personalExportSchema,
  planResponseSchema,
} from '@psoas/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStoredToken, writeStoredToken } from '../src/auth/token-store.ts';
import { EXIT } from '../src/errors.ts';
import { signUp } from './support/accounts.ts';
import {
  SERVER_START,
  cleanEnv,
  finished,
  freePort,
  runCli,
  startNode,
  waitForHealth,
  type Finished,
} from './support/processes.ts';

/**
 * Signing in and out with the real `psoas` against the real server: login with the password
 * piped on stdin, the token file, whoami, personal commands before and after, export and
 * import, the token kept from other servers, and logout revoking it. Assertions are on exit
 * codes, files and parsed JSON, never on wording.
 */

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'psoas-accounts-'));
  dirs.push(dir);
  return dir;
}

let server: ChildProcess | undefined;
let url = '';
let person: { email: string; password: string };
/** This computer's config home: the token file is `${config}/psoas/token`. */
let config = '';
let env: Record<string, string> = {};
const tokenFile = () => join(config, 'psoas', 'token');

function expectOneErrorLine(result: Finished): void {
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^psoas: /);
}

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = startNode(
    [SERVER_START],
    cleanEnv(process.env, { PORT: String(port), HOST: '127.0.0.1', PSOAS_DATA_DIR: tempDir() }),
  );
  await waitForHealth(url, server);
  person = await signUp(url);
  config = tempDir();
  env = cleanEnv(process.env, { PSOAS_URL: url, XDG_CONFIG_HOME: config });
}, 90_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = finished(server);
    server.kill('SIGTERM');
    await exited;
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const assessAnswers = '\n'.repeat(27) + RED_FLAG_QUESTIONS.map(() => 'n\n').join('');

// Each test runs the CLI as a process several times; on a busy machine one run takes seconds.
describe('psoas login, whoami, personal commands and logout', { timeout: 120_000 }, () => {
  // One computer, in order: signed out, signed in, signed out again.

  it('refuses a personal command before login, with its own exit code and the login hint', async () => {
    const commands = [['today'], ['whoami'], ['export']];
    const results = await Promise.all(commands.map((args) => runCli(args, env)));
    for (const result of results) {
      expect(result.code, result.stderr).toBe(EXIT.auth);
      expectOneErrorLine(result);
      expect(result.stderr).toContain('psoas login');
    }
  });

  it('rejects a wrong password with the auth exit code and keeps no file', async () => {
    const result = await runCli(['login', '--email', person.email], env, 'not-the-password\n');
    expect(result.code).toBe(EXIT.auth);
    expectOneErrorLine(result);
    expect(existsSync(tokenFile())).toBe(false);
  });

  it('signs in with the password piped on stdin, and keeps the token private', async () => {
    const result = await runCli(['login', '--email', person.email], env, `${person.password}\n`);
    expect(result.code, result.stderr).toBe(EXIT.ok);
    expect(result.stdout).toContain(person.email);
    expect(result.stdout + result.stderr).not.toContain(person.password);
    expect(statSync(tokenFile()).mode & 0o777).toBe(0o600);
    expect(statSync(join(config, 'psoas')).mode & 0o777).toBe(0o700);
    const stored = parseStoredToken(readFileSync(tokenFile(), 'utf8'));
    expect(stored).toMatchObject({ serverUrl: url, email: person.email });
    expect(result.stdout + result.stderr).not.toContain(stored?.token);
  });

  it('says who is signed in', async () => {
    const result = await runCli(['whoami', '--json'], env);
    expect(result.code, result.stderr).toBe(EXIT.ok);
    const me = meResponseSchema.parse(JSON.parse(result.stdout));
    expect(me.account.email).toBe(person.email);
    const human = await runCli(['whoami'], env);
    expect(human.stdout).toContain(person.email);
  });

  it('runs personal commands signed in: assess, then today', async () => {
    const assess = await runCli(['assess', '--json'], env, assessAnswers);
    expect(assess.code, assess.stderr).toBe(EXIT.ok);
    const today = await runCli(['today', '--json'], env);
    expect(today.code, today.stderr).toBe(EXIT.ok);
    expect(
      planResponseSchema.parse(JSON.parse(today.stdout)).today.sessions.length,
    ).toBeGreaterThan(0);
  });

  it('sends the token to no other server', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const other = createServer((request, response) => {
      seen.push(request.headers);
      response.writeHead(401, { 'content-type': 'application/problem+json' });
      response.end(
        JSON.stringify({
          type: 'about:blank',
          title: 'Unauthorized',
          status: 401,
          detail: 'Sign in first.',
          code: 'AUTHENTICATION_REQUIRED',
        }),
      );
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const address = other.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      const otherUrl = `http://127.0.0.1:${address.port}`;
      const result = await runCli(['--server', otherUrl, 'today'], env);
      expect(result.code).toBe(EXIT.auth);
      expectOneErrorLine(result);
      // The hint names the server this computer is signed in to.
      expect(result.stderr).toContain(url);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((headers) => headers.authorization === undefined)).toBe(true);
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });

  it('exports everything as JSON, to stdout or to a private file', async () => {
    const result = await runCli(['export'], env);
    expect(result.code, result.stderr).toBe(EXIT.ok);
    const exported = personalExportSchema.parse(JSON.parse(result.stdout));
    expect(exported.account.email).toBe(person.email);
    expect(exported.records.intakes.length).toBeGreaterThan(0);

    const file = join(tempDir(), 'export.json');
    const toFile = await runCli(['export', '--output', file], env);
    expect(toFile.code, toFile.stderr).toBe(EXIT.ok);
    expect(toFile.stdout).toBe('');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const fromFile = personalExportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(fromFile.records.intakes).toHaveLength(exported.records.intakes.length);
  });

  it('exports one kind as CSV, and needs --kind for it', async () => {
    const csv = await runCli(['export', '--format', 'csv', '--kind', 'intakes'], env);
    expect(csv.code, csv.stderr).toBe(EXIT.ok);
    const lines = csv.stdout.split(/\r?\n/).filter((line) => line !== '');
    // A header and at least the one intake answered above.
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toContain(',');

    const refusals = await Promise.all(
      [
        ['export', '--format', 'csv'],
        ['export', '--kind', 'intakes'],
        ['export', '--format', 'csv', '--kind', 'nope'],
      ].map((args) => runCli(args, env)),
    );
    for (const refused of refusals) {
      expect(refused.code, refused.stderr).toBe(EXIT.usage);
      expectOneErrorLine(refused);
    }
  });

  it('imports an export into another account', async () => {
    const file = join(tempDir(), 'export.json');
    expect((await runCli(['export', '--output', file], env)).code).toBe(EXIT.ok);
    const second = await signUp(url);
    const otherConfig = tempDir();
    const otherEnv = cleanEnv(process.env, { PSOAS_URL: url, XDG_CONFIG_HOME: otherConfig });
    const login = await runCli(['login'], otherEnv, `${second.email}\n${second.password}\n`);
    expect(login.code, login.stderr).toBe(EXIT.ok);
    const imported = await runCli(['import', file, '--json'], otherEnv);
    expect(imported.code, imported.stderr).toBe(EXIT.ok);
    const counts = (JSON.parse(imported.stdout) as { imported: Record<string, number> }).imported;
    expect(counts['intakes']).toBeGreaterThan(0);
    const today = await runCli(['today', '--json'], otherEnv);
    expect(today.code, today.stderr).toBe(EXIT.ok);

    const notAnExport = await runCli(['import', join(otherConfig, 'psoas', 'token')], otherEnv);
    expect(notAnExport.code).toBe(EXIT.usage);
  });

  it('logs out: the token is revoked on the server and the file is gone', async () => {
    const stored = parseStoredToken(readFileSync(tokenFile(), 'utf8'));
    if (stored === null) throw new Error('no token stored');
    const result = await runCli(['logout'], env);
    expect(result.code, result.stderr).toBe(EXIT.ok);
    expect(existsSync(tokenFile())).toBe(false);
    const me = await fetch(`${url}/api/me`, {
      headers: { authorization: `Bearer ${stored.token}` },
    });
    expect(me.status).toBe(401);
    // Used directly, the revoked token gets the sign-in hint too.
    const revoked = await runCli(['today'], { ...env, PSOAS_TOKEN: stored.token });
    expect(revoked.code).toBe(EXIT.auth);
    expectOneErrorLine(revoked);
    const again = await runCli(['today'], env);
    expect(again.code).toBe(EXIT.auth);
  });
});

describe('the token file on its own', { timeout: 60_000 }, () => {
  it('logout deletes it even when its server cannot be reached, and says so', async () => {
    const own = tempDir();
    const closed = `http://127.0.0.1:${await freePort()}`;
    await writeStoredToken(join(own, 'psoas'), {
      serverUrl: closed,
      token: 'psoas_pat_unreachable',
      email: 'a@example.test',
      createdAt: '2026-01-05T08:00:00.000Z',
    });
    const result = await runCli(['logout'], { ...env, XDG_CONFIG_HOME: own });
    expect(result.code).toBe(EXIT.unreachable);
    expectOneErrorLine(result);
    expect(existsSync(join(own, 'psoas', 'token'))).toBe(false);
  });

  it('is refused when others may read it, and logout still clears it', async () => {
    const own = tempDir();
    const ownEnv = { ...env, XDG_CONFIG_HOME: own };
    const login = await runCli(['login', '--email', person.email], ownEnv, `${person.password}\n`);
    expect(login.code, login.stderr).toBe(EXIT.ok);
    chmodSync(join(own, 'psoas', 'token'), 0o644);
    const refused = await runCli(['today'], ownEnv);
    expect(refused.code).toBe(EXIT.auth);
    expectOneErrorLine(refused);
    const logout = await runCli(['logout'], ownEnv);
    expect(logout.code, logout.stderr).toBe(EXIT.ok);
    expect(existsSync(join(own, 'psoas', 'token'))).toBe(false);
  });
});
