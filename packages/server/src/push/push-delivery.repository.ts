import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { PushOutcome } from '@psoas/core';
import type { Db } from '../db/database.ts';
import { pushDeliveries } from '../db/schema.ts';

export type DeliveryClaim = {
  readonly subscriptionId: string;
  readonly personId: string;
  /** The instant the reminder was scheduled for. */
  readonly dueAt: number;
  readonly reason: string;
  readonly claimedAt: number;
};

/**
 * Claims one reminder for one subscription before anything is sent. The unique index on
 * (subscription, dueAt, reason) lets exactly one claim win, whichever process or retried job
 * tries: the others get null and send nothing. This is what makes a push arrive once.
 */
export async function claimDelivery(db: Db, claim: DeliveryClaim): Promise<string | null> {
  const [row] = await db
    .insert(pushDeliveries)
    .values({
      id: randomUUID(),
      subscriptionId: claim.subscriptionId,
      personId: claim.personId,
      dueAt: new Date(claim.dueAt),
      reason: claim.reason,
      claimedAt: new Date(claim.claimedAt),
      status: 'claimed',
    })
    .onConflictDoNothing()
    .returning({ id: pushDeliveries.id });
  return row?.id ?? null;
}

/** What the push service said; `sentAt` is set only when it took the message. */
export async function finishDelivery(
  db: Db,
  deliveryId: string,
  outcome: PushOutcome,
  statusCode: number | null,
  at: number,
): Promise<void> {
  await db
    .update(pushDeliveries)
    .set({ status: outcome, statusCode, sentAt: outcome === 'sent' ? new Date(at) : null })
    .where(eq(pushDeliveries.id, deliveryId));
}
