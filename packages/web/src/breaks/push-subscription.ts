import {
  pushPublicKeySchema,
  pushSubscriptionCreatedSchema,
  pushTestResponseSchema,
  type PushSubscriptionRequest,
  type PushTestResponse,
} from '@psoas/core';
import { createJsonRequester, type JsonClientOptions } from '../platform/json-request.ts';

/**
 * "Remind me even when Psoas Coach is closed": this browser's Web Push subscription. The
 * browser's push service holds it; the server stores it and sends the reminders when no tab or
 * terminal is running (issue 6).
 */

export type PushApi = {
  publicKey(): Promise<string>;
  subscribe(subscription: PushSubscriptionRequest): Promise<void>;
  unsubscribe(endpoint: string): Promise<void>;
  test(): Promise<PushTestResponse>;
};

const anything = { safeParse: (data: unknown) => ({ success: true as const, data }) };

export function createPushApi(options: JsonClientOptions = {}): PushApi {
  const call = createJsonRequester(options);
  return {
    publicKey: async () => (await call('/api/push/public-key', pushPublicKeySchema)).publicKey,
    subscribe: async (subscription) => {
      await call('/api/push/subscriptions', pushSubscriptionCreatedSchema, {
        method: 'POST',
        body: subscription,
      });
    },
    unsubscribe: async (endpoint) => {
      await call('/api/push/subscriptions', anything, { method: 'DELETE', body: { endpoint } });
    },
    test: () => call('/api/push/test', pushTestResponseSchema, { method: 'POST', body: {} }),
  };
}

export const pushApi = createPushApi();

/** The VAPID key as the bytes `applicationServerKey` takes. */
export function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replaceAll('-', '+').replaceAll('_', '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export type PushSupport = 'unsupported' | 'off' | 'on';

async function pushManager(): Promise<PushManager | null> {
  if (!('serviceWorker' in navigator) || typeof PushManager === 'undefined') return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return registration?.pushManager ?? null;
}

export async function pushStatus(): Promise<PushSupport> {
  try {
    const manager = await pushManager();
    if (!manager) return 'unsupported';
    return (await manager.getSubscription()) ? 'on' : 'off';
  } catch {
    return 'unsupported';
  }
}

/** Subscribes this browser and tells the server; the permission prompt comes from here. */
export async function enablePush(api: PushApi = pushApi): Promise<void> {
  const manager = await pushManager();
  if (!manager) throw new Error('Push is not available in this browser.');
  const key = await api.publicKey();
  const subscription =
    (await manager.getSubscription()) ??
    (await manager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: base64UrlToBytes(key),
    }));
  await api.subscribe(subscription.toJSON() as PushSubscriptionRequest);
}

/** Unsubscribes this browser and tells the server to forget it. */
export async function disablePush(api: PushApi = pushApi): Promise<void> {
  const manager = await pushManager();
  const subscription = await manager?.getSubscription();
  if (!subscription) return;
  await api.unsubscribe(subscription.endpoint);
  await subscription.unsubscribe();
}
