import { describe, expect, it } from 'vitest';
import { sendSessionLog } from './send-session-log.ts';

const entry = { key: 'key-1', body: {} as never };

const problem = (status: number, code: string) =>
  new Response(JSON.stringify({ type: 'urn:x', title: 't', status, detail: 'd', code }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

describe('sendSessionLog and accounts', () => {
  it('sends the CSRF token with the Idempotency-Key', async () => {
    let headers = new Headers();
    await sendSessionLog(entry, {
      fetch: (_input, init) => {
        headers = new Headers(init?.headers);
        return Promise.resolve(problem(500, 'INTERNAL_ERROR'));
      },
      csrfToken: () => 'tok-1',
    });
    expect(headers.get('x-csrf-token')).toBe('tok-1');
    expect(headers.get('idempotency-key')).toBe('key-1');
  });

  it.each(['AUTHENTICATION_REQUIRED', 'CSRF_TOKEN_INVALID'])(
    'keeps the session queued on %s, to send once signed in again',
    async (code) => {
      const outcome = await sendSessionLog(entry, {
        fetch: () => Promise.resolve(problem(code === 'CSRF_TOKEN_INVALID' ? 403 : 401, code)),
      });
      expect(outcome).toMatchObject({ kind: 'retry', code });
    },
  );

  it('still gives up on a refusal that will not change', async () => {
    const outcome = await sendSessionLog(entry, {
      fetch: () => Promise.resolve(problem(400, 'VALIDATION_FAILED')),
    });
    expect(outcome.kind).toBe('refused');
  });
});
