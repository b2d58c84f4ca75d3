import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { instance } from '../db/schema.ts';

export type InstanceRecord = {
  readonly id: string;
  readonly createdAt: Date;
  readonly startCount: number;
};

/**
 * Records a start: the first start of a fresh install creates the row with `newId`; every
 * later start bumps its counter. Concurrent first starts on one PostgreSQL agree on one row.
 */
export async function recordStart(db: Db, newId: string): Promise<InstanceRecord> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${instance} in exclusive mode`);
    const [existing] = await tx.select().from(instance).limit(1);
    if (!existing) {
      const [created] = await tx.insert(instance).values({ id: newId }).returning();
      if (!created) throw new Error('insert into instance returned no row');
      return created;
    }
    const [updated] = await tx
      .update(instance)
      .set({ startedAt: sql`now()`, startCount: sql`${instance.startCount} + 1` })
      .where(sql`${instance.id} = ${existing.id}`)
      .returning();
    return updated ?? existing;
  });
}
