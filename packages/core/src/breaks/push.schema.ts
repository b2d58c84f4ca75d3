import { z } from 'zod';
import { instantSchema, list, recordId } from '../wire.schema.ts';
import { breakRoutineSchema, reminderReasonSchema, urgencySchema } from './api.schema.ts';

/**
 * Wire schemas of Web Push for break reminders (issue 6): the server reminds by push when no
 * tab or terminal is running. Shared by the server (routes, payload) and the web app (the
 * subscription it posts, the payload its service worker shows).
 */

/** `GET /api/push/public-key`: the VAPID public key, for `pushManager.subscribe`. */
export const pushPublicKeySchema = z.object({
  /** Uncompressed P-256 point, base64url without padding (`applicationServerKey`). */
  publicKey: z.string(),
});
export type PushPublicKey = z.infer<typeof pushPublicKeySchema>;

/** The longest endpoint accepted; real push services use a few hundred characters. */
export const PUSH_ENDPOINT_MAX = 2048;

/**
 * A push service URL. Always https: Web Push (RFC 8030) is spoken over TLS, and the sender
 * refuses anything else. Whether a loopback host is allowed is the server's decision (only for
 * tests and private push services), not the schema's.
 */
export const pushEndpointSchema = z
  .url({ protocol: /^https$/, error: 'an https:// push service URL' })
  .max(PUSH_ENDPOINT_MAX);

/** base64url as browsers encode subscription keys, with or without padding. */
const base64url = (bytes: number) => {
  const chars = Math.ceil((bytes * 4) / 3);
  const padding = (4 - (chars % 4)) % 4;
  return z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${chars}}={0,${padding}}$`), {
    message: `${bytes} bytes in base64url`,
  });
};

/**
 * `POST /api/push/subscriptions`: what `PushSubscription.toJSON()` gives, so the web app can
 * post it as it is. `p256dh` is the browser's P-256 public key (65 bytes, uncompressed), `auth`
 * its 16-byte secret (RFC 8291).
 */
export const pushSubscriptionRequestSchema = z.strictObject({
  endpoint: pushEndpointSchema,
  /** Part of `toJSON()`; the push service's own expiry, not used by the server. */
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject({ p256dh: base64url(65), auth: base64url(16) }),
});
export type PushSubscriptionRequest = z.infer<typeof pushSubscriptionRequestSchema>;

export const pushSubscriptionCreatedSchema = z.object({ id: recordId });
export type PushSubscriptionCreated = z.infer<typeof pushSubscriptionCreatedSchema>;

/** `DELETE /api/push/subscriptions`: forget this browser's subscription (idempotent). */
export const pushUnsubscribeRequestSchema = z.strictObject({ endpoint: pushEndpointSchema });
export type PushUnsubscribeRequest = z.infer<typeof pushUnsubscribeRequestSchema>;

/**
 * What a push attempt came to: `sent` (the push service took it), `gone` (404/410: the browser
 * unsubscribed; the subscription is switched off), `failed` (anything else; tried again with
 * the next reminder).
 */
export const PUSH_OUTCOMES = ['sent', 'gone', 'failed'] as const;
export const pushOutcomeSchema = z.enum(PUSH_OUTCOMES);
export type PushOutcome = z.infer<typeof pushOutcomeSchema>;

/** `POST /api/push/test`: one test notification to each of the person's active subscriptions. */
export const pushTestResponseSchema = z.object({
  results: list(
    z.object({
      subscriptionId: recordId,
      /** The push service's host, to tell devices apart (the full URL is a secret). */
      host: z.string(),
      outcome: pushOutcomeSchema,
      /** The push service's HTTP status; null when it could not be reached. */
      statusCode: z.number().nullable(),
    }),
  ),
});
export type PushTestResponse = z.infer<typeof pushTestResponseSchema>;

export const PUSH_PAYLOAD_TYPES = ['break-reminder', 'test'] as const;

/**
 * The JSON a push message carries, shown by the web app's service worker (`sw-push.js`).
 * Kept well under the 4 KB Web Push limit: a routine is a handful of steps.
 *
 * - `title`, `body`: the notification text, ready to show.
 * - `dueAt`: when the reminder was due (for a test: when it was sent).
 * - `urgency`: how insistent to be (`requireInteraction` and sound for firm and insistent).
 * - `tag`: the notification tag; a newer reminder replaces the older one on screen.
 * - `reason`, `routine`: for break reminders only; the routine is the one the tab would play.
 */
export const pushPayloadSchema = z.object({
  type: z.enum(PUSH_PAYLOAD_TYPES),
  title: z.string(),
  body: z.string(),
  dueAt: instantSchema,
  urgency: urgencySchema,
  tag: z.string(),
  reason: reminderReasonSchema.optional(),
  routine: breakRoutineSchema.optional(),
});
export type PushPayload = z.infer<typeof pushPayloadSchema>;
