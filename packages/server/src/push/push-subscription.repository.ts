import { and, eq, ne, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { PushOutcome } from '@psoas/core';
import type { Db } from '../db/database.ts';
import { pushSubscriptions } from '../db/schema.ts';

/** What the sender needs to reach one browser. */
export type StoredSubscription = {
  readonly id: string;
  readonly personId: string;
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
};

export type NewSubscription = {
  readonly personId: string;
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
  readonly userAgent: string | null;
  readonly now: number;
};

/**
 * Stores a subscription, or refreshes the one with the same endpoint (a browser subscribing
 * again, perhaps with new keys): one row per endpoint, active again, its failures forgotten.
 */
export async function upsertSubscription(db: Db, entry: NewSubscription): Promise<string> {
  const [row] = await db
    .insert(pushSubscriptions)
    .values({
      id: randomUUID(),
      personId: entry.personId,
      createdAt: new Date(entry.now),
      endpoint: entry.endpoint,
      p256dh: entry.p256dh,
      auth: entry.auth,
      userAgent: entry.userAgent,
    })
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: {
        personId: entry.personId,
        p256dh: entry.p256dh,
        auth: entry.auth,
        userAgent: entry.userAgent,
        active: true,
        failureCount: 0,
      },
    })
    .returning({ id: pushSubscriptions.id });
  if (!row) throw new Error('upsert into push_subscriptions returned no row');
  return row.id;
}

/** Forgets a browser's subscription; true when there was one. */
export async function deleteSubscription(
  db: Db,
  personId: string,
  endpoint: string,
): Promise<boolean> {
  const rows = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.personId, personId), eq(pushSubscriptions.endpoint, endpoint)))
    .returning({ id: pushSubscriptions.id });
  return rows.length > 0;
}

export async function activeSubscriptions(
  db: Db,
  personId: string,
): Promise<readonly StoredSubscription[]> {
  return db
    .select({
      id: pushSubscriptions.id,
      personId: pushSubscriptions.personId,
      endpoint: pushSubscriptions.endpoint,
      p256dh: pushSubscriptions.p256dh,
      auth: pushSubscriptions.auth,
    })
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.personId, personId), eq(pushSubscriptions.active, true)))
    .orderBy(pushSubscriptions.createdAt, pushSubscriptions.id);
}

export async function hasActiveSubscription(db: Db, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: pushSubscriptions.id })
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.personId, personId), eq(pushSubscriptions.active, true)))
    .limit(1);
  return row !== undefined;
}

/** Everyone with at least one active subscription: whose reminders the queue must carry. */
export async function peopleWithActiveSubscriptions(db: Db): Promise<readonly string[]> {
  const rows = await db
    .selectDistinct({ personId: pushSubscriptions.personId })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.active, true));
  return rows.map((row) => row.personId);
}

/**
 * Records what a push attempt came to: a success resets the failure count, `gone` (the push
 * service says the browser unsubscribed) switches the subscription off for good.
 */
export async function recordPushOutcome(
  db: Db,
  subscriptionId: string,
  outcome: PushOutcome,
  at: number,
): Promise<void> {
  const set =
    outcome === 'sent'
      ? { lastSuccessAt: new Date(at), failureCount: 0 }
      : outcome === 'gone'
        ? { active: false }
        : { failureCount: sql`${pushSubscriptions.failureCount} + 1` };
  await db.update(pushSubscriptions).set(set).where(eq(pushSubscriptions.id, subscriptionId));
}

/** Active subscriptions of the person other than `endpoint`: for the per-person cap. */
export async function countOtherActiveSubscriptions(
  db: Db,
  personId: string,
  endpoint: string,
): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(pushSubscriptions)
    .where(
      and(
        eq(pushSubscriptions.personId, personId),
        eq(pushSubscriptions.active, true),
        ne(pushSubscriptions.endpoint, endpoint),
      ),
    );
  return row?.count ?? 0;
}
