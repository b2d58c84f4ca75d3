import { personOf } from '../auth/policy.ts';
import {
  problemSchema,
  pushPublicKeySchema,
  pushSubscriptionCreatedSchema,
  pushSubscriptionRequestSchema,
  pushTestResponseSchema,
  pushUnsubscribeRequestSchema,
} from '@psoas/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem, sendProblem } from '../http/problem.ts';
import type { PushDispatcher } from './push-dispatcher.ts';
import { isEndpointAllowed } from './push-endpoint.ts';
import { testMessage } from './push-payload.ts';
import type { PushSender } from './push-sender.ts';
import {
  activeSubscriptions,
  countOtherActiveSubscriptions,
  deleteSubscription,
  recordPushOutcome,
  upsertSubscription,
} from './push-subscription.repository.ts';
import type { Db } from '../db/database.ts';

const TAGS = ['push'];

/** More browsers than anyone uses; a cap so one person cannot make every reminder a flood. */
export const MAX_SUBSCRIPTIONS_PER_PERSON = 20;

/** What the routes need when push is on; null when the server runs with PSOAS_PUSH=off. */
export type PushRouteDeps = {
  readonly db: Db;
  readonly now: () => number;
  readonly publicKey: string;
  readonly allowLocalEndpoints: boolean;
  readonly send: PushSender;
  readonly dispatcher: PushDispatcher;
  readonly log: FastifyInstance['log'];
};

function disabled(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(
    reply,
    problem(404, 'PUSH_DISABLED', 'Web Push is switched off on this server (PSOAS_PUSH=off).', {
      instance: request.url,
    }),
  );
}

/** Web Push subscriptions and a test notification (issue 6). */
export function registerPushRoutes(app: FastifyInstance, deps: PushRouteDeps | null): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/push/public-key',
    {
      config: { access: 'public' },
      schema: {
        tags: TAGS,
        summary: "The server's VAPID public key",
        description:
          'Pass it as `applicationServerKey` to `pushManager.subscribe`. 404 PUSH_DISABLED when the server runs without push.',
        response: { 200: pushPublicKeySchema, 404: problemSchema },
      },
    },
    async (request, reply) => (deps ? { publicKey: deps.publicKey } : disabled(request, reply)),
  );

  api.post(
    '/api/push/subscriptions',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: "Store this browser's push subscription",
        description:
          'Post `PushSubscription.toJSON()`. Stored once per endpoint (posting again refreshes the keys). Break reminders are then pushed to it whenever no tab or terminal has reported for 90 s. 400 PUSH_ENDPOINT_NOT_ALLOWED for a loopback or private host; 409 PUSH_TOO_MANY_SUBSCRIPTIONS past 20 browsers.',
        body: pushSubscriptionRequestSchema,
        response: {
          201: pushSubscriptionCreatedSchema,
          400: problemSchema,
          404: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      if (!deps) return disabled(request, reply);
      const { endpoint, keys } = request.body;
      if (!isEndpointAllowed(endpoint, deps.allowLocalEndpoints)) {
        return sendProblem(
          reply,
          problem(
            400,
            'PUSH_ENDPOINT_NOT_ALLOWED',
            'The endpoint is on a loopback or private host; push services are public https hosts.',
            { instance: request.url, errors: [{ path: 'body.endpoint', message: 'not allowed' }] },
          ),
        );
      }
      const others = await countOtherActiveSubscriptions(
        deps.db,
        personOf(request.principal),
        endpoint,
      );
      if (others >= MAX_SUBSCRIPTIONS_PER_PERSON) {
        return sendProblem(
          reply,
          problem(
            409,
            'PUSH_TOO_MANY_SUBSCRIPTIONS',
            `At most ${MAX_SUBSCRIPTIONS_PER_PERSON} browsers can receive reminders; remove one first.`,
            { instance: request.url },
          ),
        );
      }
      const userAgent = request.headers['user-agent']?.slice(0, 512) ?? null;
      const id = await upsertSubscription(deps.db, {
        personId: personOf(request.principal),
        endpoint,
        p256dh: keys.p256dh,
        auth: keys.auth,
        userAgent,
        now: deps.now(),
      });
      // Start the person's chain of ticks; a queue not yet started picks it up when it is.
      deps.dispatcher
        .scheduleNow(personOf(request.principal))
        .catch((error: unknown) => deps.log.warn({ err: error }, 'could not queue a tick'));
      return reply.code(201).send({ id });
    },
  );

  api.delete(
    '/api/push/subscriptions',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: "Forget this browser's push subscription",
        description: 'Idempotent: 204 whether or not the endpoint was stored.',
        body: pushUnsubscribeRequestSchema,
        response: { 204: z.null(), 400: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      if (!deps) return disabled(request, reply);
      await deleteSubscription(deps.db, personOf(request.principal), request.body.endpoint);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/push/test',
    {
      config: { access: 'person' },
      schema: {
        tags: TAGS,
        summary: 'Send a test notification to every subscribed browser now',
        description:
          'Reports per subscription what the push service answered: sent, gone (the subscription is switched off) or failed.',
        response: { 200: pushTestResponseSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      if (!deps) return disabled(request, reply);
      const subscriptions = await activeSubscriptions(deps.db, personOf(request.principal));
      const message = testMessage(deps.now());
      const results = await Promise.all(
        subscriptions.map(async (subscription) => {
          const result = await deps.send(subscription, message);
          await recordPushOutcome(deps.db, subscription.id, result.outcome, deps.now());
          return {
            subscriptionId: subscription.id,
            host: new URL(subscription.endpoint).host,
            outcome: result.outcome,
            statusCode: result.statusCode,
          };
        }),
      );
      return { results };
    },
  );
}
