import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { PACKAGE_ROOT } from './paths.ts';

/**
 * The server's configuration, read from the environment once and validated. This is the only
 * module that touches process.env. A bad value stops start-up with a message naming every bad
 * key, rather than surfacing later as a confusing runtime error.
 */

const portSchema = z.coerce
  .number({ error: 'must be a whole number from 0 to 65535' })
  .int('must be a whole number from 0 to 65535')
  .min(0, 'must be a whole number from 0 to 65535')
  .max(65535, 'must be a whole number from 0 to 65535');

/** proxy-addr's names for address ranges, accepted as entries of PSOAS_TRUST_PROXY. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * Which proxies may tell us the client's address and protocol (X-Forwarded-For/-Proto). Behind
 * a TLS proxy this makes `request.protocol` https, which the session cookie's Secure flag and
 * HSTS depend on. `true` trusts any sender: only right when nothing but the proxy can reach us.
 */
const trustProxySchema = z.string().transform((value, context): boolean | string[] => {
  const given = value.trim();
  if (given === 'true' || given === 'false') return given === 'true';
  const entries = given.split(',').map((entry) => entry.trim());
  if (entries.every(isProxyAddress)) return entries;
  context.addIssue({
    code: 'custom',
    message:
      'must be "true", "false" or a comma list of IP addresses, CIDR ranges, loopback, linklocal or uniquelocal',
  });
  return z.NEVER;
});

const envSchema = z.object({
  PORT: portSchema.default(8080),
  HOST: z.string().min(1).default('localhost'),
  PSOAS_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  PSOAS_WEB_DIR: z.string().min(1).default(resolve(PACKAGE_ROOT, '../web/dist')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int()
    .min(0)
    .max(600_000)
    .default(10_000),
  PSOAS_PUSH: z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).default('on'),
  PSOAS_PUSH_SUBJECT: z
    .string()
    .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, {
      message: 'must be a mailto: address or an https:// URL',
    })
    .default('mailto:psoas-coach@localhost'),
  PSOAS_PUSH_ALLOW_LOCAL_ENDPOINTS: z
    .enum(['true', 'false'], { error: 'must be "true" or "false"' })
    .default('false'),
  PSOAS_PUSH_CA_FILE: z.string().min(1).optional(),
  PSOAS_TRUST_PROXY: trustProxySchema.default(false),
});

export type Config = {
  readonly port: number;
  readonly host: string;
  readonly database:
    | { readonly kind: 'pglite'; readonly dataDir: string }
    | { readonly kind: 'postgres'; readonly url: string };
  readonly webDir: string;
  readonly logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  readonly shutdownTimeoutMs: number;
  readonly push: PushConfig;
  /** Fastify's `trustProxy`: off, any sender, or these addresses and ranges. */
  readonly trustProxy: boolean | readonly string[];
};

/**
 * Web Push for break reminders. `subject` is the contact the push services see in the VAPID
 * token (some refuse a localhost one: set a real address when self-hosting). Loopback endpoints
 * and an extra CA are for tests and private push services; a public server keeps them off.
 */
export type PushConfig = {
  readonly enabled: boolean;
  readonly subject: string;
  readonly allowLocalEndpoints: boolean;
  /** A PEM file of extra certificate authorities trusted for push services only. */
  readonly caFile: string | undefined;
};

export type ConfigResult =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Parses an environment (process.env by default); empty strings count as unset. */
export function parseConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): ConfigResult {
  const present = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? 'environment');
        return `${key}=${JSON.stringify(present[key] ?? '')}: ${issue.message}`;
      }),
    };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      database: e.DATABASE_URL
        ? { kind: 'postgres', url: e.DATABASE_URL }
        : { kind: 'pglite', dataDir: resolve(e.PSOAS_DATA_DIR) },
      webDir: resolve(e.PSOAS_WEB_DIR),
      logLevel: e.LOG_LEVEL,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
      push: {
        enabled: e.PSOAS_PUSH === 'on',
        subject: e.PSOAS_PUSH_SUBJECT,
        allowLocalEndpoints: e.PSOAS_PUSH_ALLOW_LOCAL_ENDPOINTS === 'true',
        caFile: e.PSOAS_PUSH_CA_FILE === undefined ? undefined : resolve(e.PSOAS_PUSH_CA_FILE),
      },
      trustProxy: e.PSOAS_TRUST_PROXY,
    },
  };
}
