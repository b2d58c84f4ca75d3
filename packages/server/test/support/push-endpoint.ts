import { execFileSync } from 'node:child_process';
import { createECDH, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in for a browser vendor's push service, on 127.0.0.1 over https (web-push speaks
 * nothing else): it records every message the server pushes and answers 201 Created, or the
 * status a test asks for per subscription. Its certificate is self-signed, made with openssl
 * for this run only; the server under test trusts it through PSOAS_PUSH_CA_FILE, for push
 * services only. Nothing leaves the machine.
 */

export type ReceivedPush = {
  readonly subscription: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly bodyBytes: number;
  readonly receivedAt: number;
};

export type BrowserSubscription = {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
};

export type PushEndpoint = {
  readonly caFile: string;
  readonly received: () => readonly ReceivedPush[];
  readonly receivedBy: (subscription: string) => readonly ReceivedPush[];
  /** A subscription as a browser makes one: a P-256 key pair and a 16-byte auth secret. */
  readonly subscribe: (name: string) => BrowserSubscription;
  /** Answer pushes to this subscription with `status` from now on (e.g. 410 Gone). */
  readonly answer: (subscription: string, status: number) => void;
  /** The next pushes to `subscription` get these statuses, in order; then `answer`'s again. */
  readonly answerNext: (subscription: string, ...statuses: number[]) => void;
  readonly close: () => Promise<void>;
};

export async function startPushEndpoint(): Promise<PushEndpoint> {
  const dir = mkdtempSync(join(tmpdir(), 'psoas-push-endpoint-'));
  const keyFile = join(dir, 'key.pem');
  const caFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      caFile,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ],
    { stdio: 'ignore' },
  );
  const received: ReceivedPush[] = [];
  const statuses = new Map<string, number>();
  const nextStatuses = new Map<string, number[]>();
  const server: Server = createServer(
    { key: readFileSync(keyFile), cert: readFileSync(caFile) },
    (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const subscription = (request.url ?? '').replace(/^\/push\//, '');
        received.push({
          subscription,
          headers: { ...request.headers },
          bodyBytes: Buffer.concat(chunks).length,
          receivedAt: Date.now(),
        });
        response.statusCode =
          nextStatuses.get(subscription)?.shift() ?? statuses.get(subscription) ?? 201;
        response.end();
      });
    },
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const base = `https://127.0.0.1:${address.port}/push/`;

  return {
    caFile,
    received: () => [...received],
    receivedBy: (subscription) => received.filter((r) => r.subscription === subscription),
    subscribe: (name) => {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      return {
        endpoint: `${base}${name}`,
        keys: {
          p256dh: ecdh.getPublicKey().toString('base64url'),
          auth: randomBytes(16).toString('base64url'),
        },
      };
    },
    answer: (subscription, status) => statuses.set(subscription, status),
    answerNext: (subscription, ...next) => nextStatuses.set(subscription, next),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * An IANA zone in which it is around noon right now, so "working hours 00:00-23:59 every day"
 * cannot end in the middle of a test run near midnight.
 */
export function zoneAtNoon(nowMs = Date.now()): string {
  const offset = 12 - new Date(nowMs).getUTCHours();
  // Etc/GMT zones have the POSIX sign: Etc/GMT-5 is five hours ahead of UTC.
  return offset === 0 ? 'Etc/GMT' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
