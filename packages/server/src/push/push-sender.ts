import type { Agent } from 'node:https';
import type { PushOutcome, PushPayload } from '@psoas/core';
import webpush from 'web-push';
import type { VapidKeys } from './vapid-keys.repository.ts';

/** The Web Push `Urgency` header (RFC 8030 §5.3): how eagerly the push service wakes a device. */
export type PushUrgency = 'very-low' | 'low' | 'normal' | 'high';

export type PushTarget = {
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
};

export type PushMessage = {
  readonly payload: PushPayload;
  /** How long the push service keeps the message for an offline device, in seconds. */
  readonly ttlSeconds: number;
  readonly urgency: PushUrgency;
  /** Messages with the same topic replace each other while waiting at the push service. */
  readonly topic: string;
};

export type PushResult = { readonly outcome: PushOutcome; readonly statusCode: number | null };

/** Sends one encrypted message to one browser's push service; never throws. */
export type PushSender = (target: PushTarget, message: PushMessage) => Promise<PushResult>;

export type PushSenderOptions = {
  readonly keys: VapidKeys;
  /** The VAPID `sub` claim: a mailto: or https: contact for the push service's operators. */
  readonly subject: string;
  /** Only for tests and private push services: an agent that trusts their certificate. */
  readonly agent?: Agent | undefined;
  readonly timeoutMs?: number;
};

/**
 * Web Push through the web-push library: it encrypts the payload for the browser's key
 * (aes128gcm, RFC 8291), signs a VAPID token with the install's key and POSTs to the
 * subscription's endpoint. That endpoint is the only place anything is sent.
 */
export function createPushSender(options: PushSenderOptions): PushSender {
  const vapidDetails = { subject: options.subject, ...options.keys };
  return async (target, message) => {
    try {
      const result = await webpush.sendNotification(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        JSON.stringify(message.payload),
        {
          vapidDetails,
          TTL: message.ttlSeconds,
          urgency: message.urgency,
          topic: message.topic,
          contentEncoding: 'aes128gcm',
          timeout: options.timeoutMs ?? 10_000,
          ...(options.agent ? { agent: options.agent } : {}),
        },
      );
      return { outcome: 'sent', statusCode: result.statusCode };
    } catch (error) {
      if (error instanceof webpush.WebPushError) {
        // 404 and 410: the subscription expired or the browser unsubscribed (RFC 8030 §7.3).
        const gone = error.statusCode === 404 || error.statusCode === 410;
        return { outcome: gone ? 'gone' : 'failed', statusCode: error.statusCode };
      }
      // Unreachable, TLS refused, timed out, or keys the library cannot use.
      return { outcome: 'failed', statusCode: null };
    }
  };
}
