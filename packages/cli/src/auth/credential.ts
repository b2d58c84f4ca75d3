import type { CliConfig } from '../config.ts';
import { readStoredToken } from './token-store.ts';

/**
 * Which token a request to a server carries. PSOAS_TOKEN wins (scripts and CI set it on
 * purpose); otherwise the token `psoas login` stored, but only for the server that made it: a
 * token sent to another server would hand that server the key to the person's health data.
 */

export type Credential =
  | { readonly kind: 'token'; readonly token: string; readonly source: 'env' | 'file' }
  /** No token for this server; `signedInTo` names the server the stored one is for, if any. */
  | { readonly kind: 'none'; readonly signedInTo: string | null };

/** Server URLs compared as URLs: scheme and host case, default ports and a trailing slash aside. */
export function isSameServer(a: string, b: string): boolean {
  const normal = (url: string): string => {
    try {
      return new URL(url).href.replace(/\/+$/, '');
    } catch {
      return url;
    }
  };
  return normal(a) === normal(b);
}

export async function resolveCredential(
  config: Pick<CliConfig, 'configDir' | 'envToken'>,
  serverUrl: string,
): Promise<Credential> {
  if (config.envToken !== null) return { kind: 'token', token: config.envToken, source: 'env' };
  if (config.configDir === null) return { kind: 'none', signedInTo: null };
  const stored = await readStoredToken(config.configDir);
  if (stored === null) return { kind: 'none', signedInTo: null };
  if (!isSameServer(stored.serverUrl, serverUrl)) {
    return { kind: 'none', signedInTo: stored.serverUrl };
  }
  return { kind: 'token', token: stored.token, source: 'file' };
}
