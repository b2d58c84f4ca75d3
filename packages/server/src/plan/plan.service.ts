import {
  RESCREEN_INTERVAL_DAYS,
  TRIAGE_ADVICE,
  applyFeedback,
  err,
  isClinicianReviewSuggested,
  ok,
  planProgramme,
  rescreenReasons,
  undoChange,
  type DomainError,
  type Exercise,
  type FeedbackRequest,
  type FeedbackResponse,
  type Notice,
  type PainReading,
  type PlanResponse,
  type ProgressionState,
  type Result,
  type UndoResponse,
} from '@psoas/core';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { Db } from '../db/database.ts';
import {
  clearedChecklistsSince,
  firstAllowingScreeningAt,
  latestScreening,
  latestSelfTests,
  listIntakes,
} from '../assessment/assessment.repository.ts';
import {
  feedbackPainReadings,
  loadProgression,
  updateProgression,
  type StoredFeedback,
} from './progression.repository.ts';

/**
 * The plan and progression use-cases: load the person's records, call core, store the result.
 * The plan is computed on every request (it is a pure function of the records), never stored.
 */

export type PlanDeps = {
  readonly db: Db;
  readonly catalogue: CatalogueService;
  readonly now: () => number;
  readonly personId: string;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** A clearance older than this no longer unlocks its exercise (issue 4). */
export const CLEARANCE_VALID_DAYS = 28;
/** Self-tests this old are due again, to compare with the first ones (issue 4: 4-6 weeks). */
export const REASSESS_AFTER_DAYS = 28;

const CAUTION_TEXT =
  'Some of your answers (pregnancy, age, a recent operation, or blood vessels) mean a physiotherapist or doctor should confirm this programme suits you. Leave out anything that presses on your belly until then.';
const REVIEW_TEXT =
  'Your pain has not improved meaningfully in four weeks of self-care. Please ask a doctor or physiotherapist to review it.';
const REASSESS_TEXT =
  'Your self-tests are four weeks old: do them again to compare with your first results.';

/** "YYYY-MM-DD" of an instant on the calendar of a time zone. */
export function localDate(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

async function painHistory(deps: PlanDeps): Promise<PainReading[]> {
  // Oldest first, so readings at the same instant keep the order they were given in.
  const intakes = (await listIntakes(deps.db, deps.personId)).reverse();
  const fromIntakes = intakes.map((r) => ({
    at: Date.parse(r.recordedAt),
    nprs: r.intake.symptoms.painNow,
  }));
  return [...fromIntakes, ...(await feedbackPainReadings(deps.db, deps.personId))];
}

/** Today's plan and the week ahead, or the reason it is refused. */
export async function getPlan(
  deps: PlanDeps,
  date: string | undefined,
): Promise<Result<PlanResponse, DomainError>> {
  const { db, personId } = deps;
  const now = deps.now();
  const [intake] = await listIntakes(db, personId);
  if (!intake) {
    return err({ code: 'INTAKE_MISSING', message: 'Answer the intake questions first.' });
  }
  const screening = await latestScreening(db, personId);
  if (!screening) {
    return err({ code: 'SCREENING_MISSING', message: 'Answer the screening questions first.' });
  }
  const { outcome } = screening;
  if (outcome.programme === 'stopped') {
    return err({
      code: 'PLAN_STOPPED_BY_TRIAGE',
      message: `${TRIAGE_ADVICE[outcome.level].headline} The programme stays stopped until a new screening clears it.`,
      details: {
        level: outcome.level,
        triggeredBy: outcome.triggeredBy,
        advice: TRIAGE_ADVICE[outcome.level],
        screeningId: screening.id,
      },
    });
  }
  const screenedAt = Date.parse(screening.recordedAt);
  const pain = await painHistory(deps);
  const reasons = rescreenReasons({ lastScreenedAt: screenedAt, now, painHistory: pain });
  if (reasons.length > 0) {
    return err({
      code: 'RESCREEN_DUE',
      message: reasons.includes('pain-rose')
        ? 'Your pain has risen since your last screening: please answer the screening questions again.'
        : 'Your last screening is four weeks old: please answer the screening questions again.',
      details: { reasons, lastScreenedAt: screening.recordedAt },
    });
  }
  const selfTests = await latestSelfTests(db, personId);
  const cleared = await clearedChecklistsSince(
    db,
    personId,
    new Date(now - CLEARANCE_VALID_DAYS * DAY_MS),
  );
  const planned = planProgramme({
    catalogue: deps.catalogue.list({}),
    intake: intake.intake,
    triage: outcome,
    selfTests: selfTests?.results ?? null,
    clearedChecklists: cleared,
    progression: await loadProgression(db, personId),
    startDate: date ?? localDate(now, intake.intake.about.timeZone),
  });
  if (!planned.ok) return planned;

  const notices: Notice[] = [];
  if (outcome.programme === 'gentle') {
    const advice = TRIAGE_ADVICE.gentle;
    notices.push({ code: 'see-doctor-within-days', text: `${advice.headline} ${advice.action}` });
  }
  if (outcome.cautions.length > 0)
    notices.push({ code: 'professional-caution', text: CAUTION_TEXT });
  const startedAt = await firstAllowingScreeningAt(db, personId);
  if (
    startedAt &&
    isClinicianReviewSuggested({ startedAt: startedAt.getTime(), now, painHistory: pain })
  ) {
    notices.push({ code: 'clinician-review-suggested', text: REVIEW_TEXT });
  }
  if (selfTests && now - Date.parse(selfTests.recordedAt) >= REASSESS_AFTER_DAYS * DAY_MS) {
    notices.push({ code: 'reassessment-suggested', text: REASSESS_TEXT });
  }
  return ok({
    ...planned.value,
    notices,
    screening: {
      id: screening.id,
      recordedAt: screening.recordedAt,
      level: outcome.level,
      dueBy: new Date(screenedAt + RESCREEN_INTERVAL_DAYS * DAY_MS).toISOString(),
    },
    intakeId: intake.id,
    selfTestsId: selfTests?.id ?? null,
  });
}

/** Applies the feedback of one session, item by item, and stores events and the new state. */
export async function recordFeedback(
  deps: PlanDeps,
  request: FeedbackRequest,
): Promise<Result<FeedbackResponse, DomainError>> {
  const byId = new Map<string, Exercise>(deps.catalogue.list({}).map((e) => [e.id, e]));
  const unknown = request.items.map((i) => i.exerciseId).filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    return err({
      code: 'UNKNOWN_EXERCISE',
      message: `No exercise in the catalogue has the id ${unknown.join(', ')}.`,
      details: { exerciseIds: unknown },
    });
  }
  const now = deps.now();
  const changes = await updateProgression(deps.db, deps.personId, new Date(now), (before) => {
    let state: ProgressionState = before;
    const feedback: StoredFeedback[] = [];
    for (const item of request.items) {
      const exercise = byId.get(item.exerciseId);
      if (!exercise) continue;
      const repsDone = item.repsDone ?? null;
      state = applyFeedback(state, {
        type: 'feedback',
        at: now,
        exercise,
        rating: item.rating,
        painDuring: item.pain,
        repsDone,
      });
      feedback.push({
        sessionDate: request.date,
        exerciseId: item.exerciseId,
        rating: item.rating,
        pain: item.pain,
        repsDone,
      });
    }
    return {
      cause: 'feedback',
      state,
      feedback,
      result: state.history.slice(before.history.length),
    };
  });
  return ok({ changes: changes ?? [] });
}

/** Undoes the last progression change. */
export async function undoLastChange(deps: PlanDeps): Promise<Result<UndoResponse, DomainError>> {
  const undone = await updateProgression(deps.db, deps.personId, new Date(deps.now()), (state) => {
    const last = state.history.at(-1);
    if (!last) return null;
    const next = undoChange(state);
    return {
      cause: 'undo',
      state: next,
      feedback: [],
      result: { undone: last, progression: next },
    };
  });
  if (!undone) {
    return err({ code: 'NOTHING_TO_UNDO', message: 'There is no progression change to undo.' });
  }
  return ok(undone);
}

export function getProgression(deps: PlanDeps): Promise<ProgressionState> {
  return loadProgression(deps.db, deps.personId);
}
