import { createApiClient } from './api-client.ts';
import { resolveCredential, type Credential } from './auth/credential.ts';
import type { CliConfig } from './config.ts';

/**
 * The client every command uses: it carries the person's token for `baseUrl` (PSOAS_TOKEN, or
 * the one `psoas login` kept for that server), read on the first request only.
 */
export function signedInClient(config: Pick<CliConfig, 'configDir' | 'envToken'>, baseUrl: string) {
  return createApiClient({ baseUrl, credential: () => resolveCredential(config, baseUrl) });
}

/** A client with exactly `credential` (login's fresh token, logout's stored one), or none. */
export function clientWith(baseUrl: string, credential?: Credential) {
  return credential === undefined
    ? createApiClient({ baseUrl })
    : createApiClient({ baseUrl, credential: () => Promise.resolve(credential) });
}
