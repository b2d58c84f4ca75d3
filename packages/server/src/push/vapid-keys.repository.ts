import { eq } from 'drizzle-orm';
import webpush from 'web-push';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { appSecrets } from '../db/schema.ts';

/** The install's Web Push identity (VAPID, RFC 8292): both halves base64url, as web-push uses. */
export type VapidKeys = { readonly publicKey: string; readonly privateKey: string };

const SECRET_NAME = 'web-push-vapid';

const vapidKeysSchema = z.object({
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{87}$/),
  privateKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

/**
 * The VAPID key pair, made on the first start and the same ever after: browsers bind their
 * subscriptions to the public key, so a new pair would silently orphan every subscription.
 * Two processes starting together on one PostgreSQL may both generate a pair; the insert that
 * loses the race does nothing and both read back the one that won.
 */
export async function loadOrCreateVapidKeys(db: Db, now: number): Promise<VapidKeys> {
  const stored = await readVapidKeys(db);
  if (stored) return stored;
  const generated = webpush.generateVAPIDKeys();
  await db
    .insert(appSecrets)
    .values({ name: SECRET_NAME, createdAt: new Date(now), value: generated })
    .onConflictDoNothing();
  const winner = await readVapidKeys(db);
  if (!winner) throw new Error('the VAPID key pair was stored but cannot be read back');
  return winner;
}

async function readVapidKeys(db: Db): Promise<VapidKeys | null> {
  const [row] = await db.select().from(appSecrets).where(eq(appSecrets.name, SECRET_NAME));
  // Parsed again: a damaged secret is a start-up error, not a push that fails later.
  return row ? vapidKeysSchema.parse(row.value) : null;
}
