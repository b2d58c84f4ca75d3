import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXERCISES, type Exercise } from '@psoas/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExercises, syncExercises } from '../src/catalogue/exercise.repository.ts';
import { openDatabase } from '../src/db/database.ts';
import { recordStart } from '../src/instance/instance.repository.ts';
import { exercises } from '../src/db/schema.ts';
import { openTestDatabase } from './support/test-database.ts';

describe('catalogue sync', () => {
  it('writes new and changed exercises only, and reads back what it wrote', async () => {
    const database = await openTestDatabase();
    try {
      expect(await syncExercises(database.db, EXERCISES)).toEqual({
        written: EXERCISES.length,
        removed: 0,
      });
      expect(await syncExercises(database.db, EXERCISES)).toEqual({ written: 0, removed: 0 });
      const [first, ...rest] = EXERCISES as [Exercise, ...Exercise[]];
      const changed = { ...first, summary: `${first.summary} (revised)` };
      expect(await syncExercises(database.db, [changed, ...rest])).toEqual({
        written: 1,
        removed: 0,
      });
      const stored = await loadExercises(database.db);
      expect(stored.exercises.find((e) => e.id === first.id)?.summary).toBe(changed.summary);
      expect(stored.exercises).toHaveLength(EXERCISES.length);
      expect(stored.unreadable).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('removes built-in exercises that core dropped, and leaves other origins alone', async () => {
    const database = await openTestDatabase();
    try {
      const [first, second, ...rest] = EXERCISES as [Exercise, Exercise, ...Exercise[]];
      await syncExercises(database.db, EXERCISES);
      await database.db.insert(exercises).values({
        id: 'my-own-stretch',
        origin: 'practitioner',
        phase: second.phase,
        level: second.level,
        data: { ...second, id: 'my-own-stretch' },
        contentHash: 'x',
      });
      expect(await syncExercises(database.db, [second, ...rest])).toEqual({
        written: 0,
        removed: 1,
      });
      const ids = (await loadExercises(database.db)).exercises.map((e) => e.id);
      expect(ids).not.toContain(first.id);
      expect(ids).toContain('my-own-stretch');
    } finally {
      await database.close();
    }
  });

  it('skips a stored row that no longer matches the schema instead of failing to start', async () => {
    const database = await openTestDatabase();
    try {
      await syncExercises(database.db, EXERCISES);
      await database.db.insert(exercises).values({
        id: 'old-shape',
        origin: 'practitioner',
        phase: 'stretch',
        level: 1,
        data: { id: 'old-shape', name: 'Written by an older version' },
        contentHash: 'x',
      });
      const loaded = await loadExercises(database.db);
      expect(loaded.exercises).toHaveLength(EXERCISES.length);
      expect(loaded.unreadable.map((row) => row.id)).toEqual(['old-shape']);
    } finally {
      await database.close();
    }
  });

  it('replaces built-in rows written by an older version on the next start', async () => {
    const database = await openTestDatabase();
    try {
      const [first] = EXERCISES as [Exercise, ...Exercise[]];
      await database.db.insert(exercises).values({
        id: first.id,
        phase: first.phase,
        level: first.level,
        data: { id: first.id, name: 'Old shape', dose: { evidence: ['x'] } },
        contentHash: 'old',
      });
      await syncExercises(database.db, EXERCISES);
      const loaded = await loadExercises(database.db);
      expect(loaded.unreadable).toEqual([]);
      expect(loaded.exercises.find((e) => e.id === first.id)).toEqual(first);
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
    await syncExercises(before.db, EXERCISES);
    await before.close();

    const after = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const again = await recordStart(after.db, '00000000-0000-4000-8000-0000000000dd');
      expect(again.id).toBe(created.id);
      expect(again.createdAt.toISOString()).toBe(created.createdAt.toISOString());
      expect((await loadExercises(after.db)).exercises).toHaveLength(EXERCISES.length);
    } finally {
      await after.close();
    }
  });
});
