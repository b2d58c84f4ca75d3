import { describe, expect, it } from 'vitest';
import { CliError, EXIT, describeError, describeFailure, formatErrorLine } from './errors.ts';

const problem = (status: number, code: string) => ({
  type: 'urn:x',
  title: 'T',
  status,
  detail: 'detail',
  code,
});

describe('describeFailure', () => {
  it.each([
    [{ kind: 'usage', message: 'm' } as const, EXIT.usage],
    [
      { kind: 'server-unreachable', url: 'http://x', reason: 'ECONNREFUSED' } as const,
      EXIT.unreachable,
    ],
    [{ kind: 'server-timeout', url: 'http://x', seconds: 10 } as const, EXIT.unreachable],
    [{ kind: 'problem', problem: problem(404, 'EXERCISE_NOT_FOUND') } as const, EXIT.notFound],
    [{ kind: 'problem', problem: problem(400, 'VALIDATION_FAILED') } as const, EXIT.usage],
    [{ kind: 'problem', problem: problem(500, 'INTERNAL') } as const, EXIT.failure],
    [
      { kind: 'unexpected-response', url: 'http://x', status: 200, reason: 'r' } as const,
      EXIT.failure,
    ],
    [
      {
        kind: 'checklist-not-cleared',
        exerciseName: 'n',
        yes: 1,
        unanswered: 0,
        advice: 'a',
      } as const,
      EXIT.locked,
    ],
    [{ kind: 'input-ended', answered: 2, total: 8 } as const, EXIT.failure],
    [{ kind: 'server-not-installed', searched: 's' } as const, EXIT.failure],
    [{ kind: 'server-start-failed', reason: 'r' } as const, EXIT.failure],
    [{ kind: 'sign-in-required', server: 'http://x', reason: 'not-signed-in' } as const, EXIT.auth],
    [
      { kind: 'sign-in-required', server: 'http://x', reason: 'token-rejected' } as const,
      EXIT.auth,
    ],
    [{ kind: 'problem', problem: problem(401, 'INVALID_CREDENTIALS') } as const, EXIT.auth],
    [{ kind: 'too-many-attempts', retryAfterSeconds: 600 } as const, EXIT.auth],
    [
      { kind: 'token-file', path: '/t', problem: 'insecure', detail: 'mode 0644' } as const,
      EXIT.auth,
    ],
    [{ kind: 'interrupted' } as const, EXIT.interrupted],
  ])('maps %o to exit %i', (failure, exitCode) => {
    expect(describeFailure(failure).exitCode).toBe(exitCode);
  });

  it('names the address in an unreachable message, so the user can check it', () => {
    const report = describeFailure({ kind: 'server-unreachable', url: 'http://x:1', reason: 'E' });
    expect(report.message).toContain('http://x:1');
  });

  it('keeps every exit code distinct, so scripts can tell the failures apart', () => {
    const codes = Object.values(EXIT);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('tells a person who is not signed in to run psoas login, naming the server', () => {
    for (const reason of ['not-signed-in', 'token-rejected', 'env-token-rejected'] as const) {
      const report = describeFailure({ kind: 'sign-in-required', server: 'http://x:1', reason });
      expect(report.message).toContain('psoas login');
      expect(report.message).toContain('http://x:1');
    }
  });

  it('points a person signed in elsewhere at a login for this server', () => {
    const report = describeFailure({
      kind: 'sign-in-required',
      server: 'http://b:2',
      reason: 'other-server',
      signedInTo: 'http://a:1',
    });
    expect(report.message).toContain('http://a:1');
    expect(report.message).toContain('psoas --server http://b:2 login');
  });

  it("passes on the checklist's advice when an exercise stays locked", () => {
    const report = describeFailure({
      kind: 'checklist-not-cleared',
      exerciseName: 'n',
      yes: 2,
      unanswered: 0,
      advice: 'Ask a physiotherapist.',
    });
    expect(report.message).toContain('Ask a physiotherapist.');
  });
});

describe('describeError', () => {
  it('reports a CliError by its failure and anything else as an internal failure', () => {
    expect(describeError(new CliError({ kind: 'usage', message: 'm' })).exitCode).toBe(EXIT.usage);
    expect(describeError(new Error('boom')).exitCode).toBe(EXIT.failure);
    expect(describeError('thrown string').exitCode).toBe(EXIT.failure);
  });
});

describe('formatErrorLine', () => {
  it('prefixes and folds any line breaks into one line', () => {
    const line = formatErrorLine('first\nsecond\r\n  third ');
    expect(line.startsWith('psoas: ')).toBe(true);
    expect(line).not.toMatch(/[\r\n]/);
  });
});
