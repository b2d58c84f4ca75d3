import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STARTER_EXERCISES, type Exercise } from '@psoas/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExercises, syncExercises } from '../src/catalogue/exercise.repository.ts';
import { openDatabase } from '../src/db/database.ts';
import { recordStart } from '../src/instance/instance.repository.ts';
import { openTestDatabase } from './support/test-database.ts';

describe('catalogue sync', () => {
  it('writes new and changed exercises only, and reads back what it wrote', async () => {
    const database = await openTestDatabase();
    try {
      expect(await syncExercises(database.db, STARTER_EXERCISES)).toBe(STARTER_EXERCISES.length);
      expect(await syncExercises(database.db, STARTER_EXERCISES)).toBe(0);
      const [first, ...rest] = STARTER_EXERCISES as [Exercise, ...Exercise[]];
      const changed = { ...first, summary: `${first.summary} (revised)` };
      expect(await syncExercises(database.db, [changed, ...rest])).toBe(1);
      const stored = await loadExercises(database.db);
      expect(stored.find((e) => e.id === first.id)?.summary).toBe(changed.summary);
      expect(stored).toHaveLength(STARTER_EXERCISES.length);
    } finally {
      await database.close();
    }
  });
});

describe('instance record', () => {
  it('is created on the first start and counted on later ones', async () => {
    const database = await openTestDatabase();
    try {
      const first = await recordStart(database.db, '00000000-0000-4000-8000-0000000000aa');
      const second = await recordStart(database.db, '00000000-0000-4000-8000-0000000000bb');
      expect(second.id).toBe(first.id);
      expect(second.startCount).toBe(2);
    } finally {
      await database.close();
    }
  });
});

describe('embedded database on disk', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'psoas-persist-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps its data across a close and reopen', async () => {
    const before = await openDatabase({ kind: 'pglite', dataDir });
    const created = await recordStart(before.db, '00000000-0000-4000-8000-0000000000cc');
    await syncExercises(before.db, STARTER_EXERCISES);
    await before.close();

    const after = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const again = await recordStart(after.db, '00000000-0000-4000-8000-0000000000dd');
      expect(again.id).toBe(created.id);
      expect(again.createdAt.toISOString()).toBe(created.createdAt.toISOString());
      expect(await loadExercises(after.db)).toHaveLength(STARTER_EXERCISES.length);
    } finally {
      await after.close();
    }
  });
});
