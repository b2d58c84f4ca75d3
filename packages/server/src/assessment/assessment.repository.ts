import { randomUUID } from 'node:crypto';
import {
  RED_FLAG_QUESTIONS,
  TRIAGE_ADVICE,
  checklistAnswersSchema,
  checklistIdSchema,
  findAsymmetries,
  intakeSchema,
  selfTestResultsSchema,
  triageOutcomeSchema,
  ageBandSchema,
  type AgeBand,
  type ChecklistAnswers,
  type ChecklistId,
  type Intake,
  type IntakeRecord,
  type ScreeningAnswers,
  type ScreeningRecord,
  type SelfTestRecord,
  type SelfTestResults,
  type TriageOutcome,
} from '@psoas/core';
import { and, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import {
  checklistClearances,
  intakes,
  screeningAnswers,
  screenings,
  selfTests,
} from '../db/schema.ts';

/**
 * Storage of the assessment records: intakes, screenings (with each answer on its own row),
 * self-tests and checklist clearances. Rows are only inserted, never updated; everything read
 * back is parsed again with core's schemas (CONVENTIONS "Validation at the edges").
 */

/** No accounts yet (issue 7 adds them): everything belongs to the one local person. */
export const LOCAL_PERSON = 'local';

const iso = (date: Date): string => date.toISOString();

// ---------------------------------------------------------------- intakes

function toIntakeRecord(row: typeof intakes.$inferSelect): IntakeRecord {
  return { id: row.id, recordedAt: iso(row.recordedAt), intake: intakeSchema.parse(row.data) };
}

export async function insertIntake(
  db: Db,
  personId: string,
  intake: Intake,
  at: Date,
): Promise<IntakeRecord> {
  const [row] = await db
    .insert(intakes)
    .values({ id: randomUUID(), personId, recordedAt: at, data: intake })
    .returning();
  if (!row) throw new Error('insert into intakes returned no row');
  return toIntakeRecord(row);
}

/** Newest first. */
export async function listIntakes(db: Db, personId: string): Promise<IntakeRecord[]> {
  const rows = await db
    .select()
    .from(intakes)
    .where(eq(intakes.personId, personId))
    .orderBy(desc(intakes.recordedAt), desc(intakes.seq));
  return rows.map(toIntakeRecord);
}

export async function latestIntake(db: Db, personId: string): Promise<IntakeRecord | null> {
  const [row] = await db
    .select()
    .from(intakes)
    .where(eq(intakes.personId, personId))
    .orderBy(desc(intakes.recordedAt), desc(intakes.seq))
    .limit(1);
  return row ? toIntakeRecord(row) : null;
}

// ---------------------------------------------------------------- screenings

export type StoredScreening = ScreeningRecord & { readonly outcome: TriageOutcome };

function toScreeningRecord(
  row: typeof screenings.$inferSelect,
  answers: ScreeningAnswers,
): StoredScreening {
  const outcome = triageOutcomeSchema.parse(row.outcome);
  return {
    id: row.id,
    recordedAt: iso(row.recordedAt),
    ageBand: ageBandSchema.parse(row.ageBand),
    answers,
    outcome,
    advice: TRIAGE_ADVICE[outcome.level],
  };
}

/** Stores a screening, its outcome and every answer on its own row, in one transaction. */
export async function insertScreening(
  db: Db,
  personId: string,
  input: { answers: ScreeningAnswers; ageBand: AgeBand; outcome: TriageOutcome },
  at: Date,
): Promise<StoredScreening> {
  return db.transaction(async (tx) => {
    const id = randomUUID();
    const [row] = await tx
      .insert(screenings)
      .values({
        id,
        personId,
        recordedAt: at,
        ageBand: input.ageBand,
        level: input.outcome.level,
        programme: input.outcome.programme,
        outcome: input.outcome,
      })
      .returning();
    if (!row) throw new Error('insert into screenings returned no row');
    const answered = RED_FLAG_QUESTIONS.flatMap((q) => {
      const answer = input.answers[q.id];
      return answer === undefined
        ? []
        : [
            {
              id: randomUUID(),
              screeningId: id,
              personId,
              recordedAt: at,
              questionId: q.id,
              answer,
            },
          ];
    });
    if (answered.length > 0) await tx.insert(screeningAnswers).values(answered);
    return toScreeningRecord(row, input.answers);
  });
}

async function answersOf(db: Db, screeningId: string): Promise<ScreeningAnswers> {
  const rows = await db
    .select({ questionId: screeningAnswers.questionId, answer: screeningAnswers.answer })
    .from(screeningAnswers)
    .where(eq(screeningAnswers.screeningId, screeningId));
  const known = new Set<string>(RED_FLAG_QUESTIONS.map((q) => q.id));
  const answers: Partial<Record<string, 'yes' | 'no'>> = {};
  for (const row of rows) {
    if (known.has(row.questionId) && (row.answer === 'yes' || row.answer === 'no')) {
      answers[row.questionId] = row.answer;
    }
  }
  return answers;
}

export async function latestScreening(db: Db, personId: string): Promise<StoredScreening | null> {
  const [row] = await db
    .select()
    .from(screenings)
    .where(eq(screenings.personId, personId))
    .orderBy(desc(screenings.recordedAt), desc(screenings.seq))
    .limit(1);
  return row ? toScreeningRecord(row, await answersOf(db, row.id)) : null;
}

/** When the programme started: the first screening that allowed one, if any. */
export async function firstAllowingScreeningAt(db: Db, personId: string): Promise<Date | null> {
  const rows = await db
    .select({ recordedAt: screenings.recordedAt, programme: screenings.programme })
    .from(screenings)
    .where(eq(screenings.personId, personId))
    .orderBy(screenings.recordedAt, screenings.seq);
  return rows.find((r) => r.programme !== 'stopped')?.recordedAt ?? null;
}

// ---------------------------------------------------------------- self-tests

function toSelfTestRecord(row: typeof selfTests.$inferSelect): SelfTestRecord {
  const results = selfTestResultsSchema.parse(row.results);
  return {
    id: row.id,
    recordedAt: iso(row.recordedAt),
    results,
    asymmetries: findAsymmetries(results),
  };
}

export async function insertSelfTests(
  db: Db,
  personId: string,
  results: SelfTestResults,
  at: Date,
): Promise<SelfTestRecord> {
  const [row] = await db
    .insert(selfTests)
    .values({ id: randomUUID(), personId, recordedAt: at, results })
    .returning();
  if (!row) throw new Error('insert into self_tests returned no row');
  return toSelfTestRecord(row);
}

/** Newest first. */
export async function listSelfTests(db: Db, personId: string): Promise<SelfTestRecord[]> {
  const rows = await db
    .select()
    .from(selfTests)
    .where(eq(selfTests.personId, personId))
    .orderBy(desc(selfTests.recordedAt), desc(selfTests.seq));
  return rows.map(toSelfTestRecord);
}

export async function latestSelfTests(db: Db, personId: string): Promise<SelfTestRecord | null> {
  const [row] = await db
    .select()
    .from(selfTests)
    .where(eq(selfTests.personId, personId))
    .orderBy(desc(selfTests.recordedAt), desc(selfTests.seq))
    .limit(1);
  return row ? toSelfTestRecord(row) : null;
}

// ---------------------------------------------------------------- checklist clearances

export async function insertClearance(
  db: Db,
  personId: string,
  checklistId: ChecklistId,
  answers: ChecklistAnswers,
  at: Date,
): Promise<void> {
  await db
    .insert(checklistClearances)
    .values({ id: randomUUID(), personId, recordedAt: at, checklistId, answers });
}

/** The checklists cleared after `since` (a clearance older than that no longer counts). */
export async function clearedChecklistsSince(
  db: Db,
  personId: string,
  since: Date,
): Promise<ChecklistId[]> {
  const rows = await db
    .select({ checklistId: checklistClearances.checklistId, answers: checklistClearances.answers })
    .from(checklistClearances)
    .where(
      and(eq(checklistClearances.personId, personId), gt(checklistClearances.recordedAt, since)),
    );
  const ids = new Set<ChecklistId>();
  for (const row of rows) {
    const id = checklistIdSchema.safeParse(row.checklistId);
    if (id.success && checklistAnswersSchema.safeParse(row.answers).success) ids.add(id.data);
  }
  return [...ids].sort();
}
