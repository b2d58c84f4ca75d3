import { assertNever, err, ok, type DomainError, type Result } from '../result.ts';
import {
  PHASES,
  type ChecklistId,
  type Exercise,
  type ExerciseId,
  type Phase,
} from '../catalogue/exercise.schema.ts';
import type { Side } from '../pose/pose.schema.ts';
import type { Intake } from '../assessment/intake.schema.ts';
import type { TriageOutcome } from '../assessment/triage.ts';
import {
  findAsymmetries,
  tighterSide,
  weakerSide,
  type Asymmetry,
  type SelfTestResults,
} from '../assessment/self-tests.ts';
import type { ProgressionState } from './progression.ts';
import { estimateSeconds } from './estimate.ts';
import { daysPerWeek, fitToBudget, spreadDays, type Draft } from './fit.ts';
import { planHabits, type HabitItem } from './habits.ts';
import { addDays, isIsoDate, weekdayOf, type IsoDate, type Weekday } from './dates.ts';
import {
  SESSION_PHASES,
  extraSetSide,
  isSchedulable,
  pickLadderRungs,
  rankPhase,
  startingDose,
} from './select.ts';

/**
 * The personal plan: a pure, deterministic function of the catalogue, the intake, the triage
 * outcome, the self-tests, the cleared checklists, the progression state and a start date.
 * Same input, same plan; no clock.
 */

export type PlanInput = {
  readonly catalogue: readonly Exercise[];
  readonly intake: Intake;
  readonly triage: TriageOutcome;
  readonly selfTests: SelfTestResults | null;
  readonly clearedChecklists: readonly ChecklistId[];
  readonly progression: ProgressionState;
  /** The first day of the plan, "YYYY-MM-DD" in the person's time zone. */
  readonly startDate: string;
};

export type ReasonCode =
  | 'tighter-side'
  | 'weaker-side'
  | 'long-sitting'
  | 'hip-flexor-length'
  | 'strength-days'
  | 'release-first';

export type PlanItem = {
  readonly exerciseId: ExerciseId;
  readonly name: string;
  readonly phase: Phase;
  readonly laterality: 'both-sides' | 'per-side';
  readonly holdSeconds: number | null;
  readonly reps: number | null;
  /** Sets per side; the extra-set side does one more. */
  readonly sets: number;
  readonly restSeconds: number;
  readonly extraSetSide: Side | null;
  readonly estimatedSeconds: number;
  readonly reasonCode: ReasonCode;
  /** Why this exercise, in one line. */
  readonly reason: string;
};

export type PlanSession = {
  /** "main" is the day's session; "extra" repeats the stretches, for comfort only. */
  readonly kind: 'main' | 'extra';
  readonly items: readonly PlanItem[];
  readonly estimatedSeconds: number;
};

export type PlanDay = {
  readonly date: IsoDate;
  readonly weekday: Weekday;
  readonly sessions: readonly PlanSession[];
};

export type Plan = {
  readonly startDate: IsoDate;
  /** "gentle" when triage allows only the gentle programme (level 1, first rungs). */
  readonly mode: 'full' | 'gentle';
  readonly budgetSeconds: number;
  readonly today: PlanDay;
  /** Seven days from the start date, today first. */
  readonly week: readonly PlanDay[];
  readonly habits: readonly HabitItem[];
  readonly asymmetries: readonly Asymmetry[];
  readonly tighterSide: Side | null;
  readonly weakerSide: Side | null;
};

export type PlanError = DomainError<
  'PLAN_STOPPED_BY_TRIAGE' | 'PLAN_NO_EXERCISES' | 'PLAN_INVALID_START_DATE'
>;

type Scheduled = Draft & {
  readonly days: readonly number[];
  readonly side: Side | null;
  readonly reasonCode: ReasonCode;
  readonly reason: string;
};

type Context = {
  readonly intake: Intake;
  readonly asymmetries: readonly Asymmetry[];
  readonly tighter: Side | null;
  readonly weaker: Side | null;
};

function reasonFor(exercise: Exercise, side: Side | null, ctx: Context): [ReasonCode, string] {
  if (side && (exercise.phase === 'release' || exercise.phase === 'stretch')) {
    const hipFlexors = ctx.asymmetries.some(
      (a) => a.finding === 'hip-flexors-tighter' && a.side === side,
    );
    const what = hipFlexors ? `your ${side} hip flexors` : `your ${side} side`;
    return ['tighter-side', `Because ${what} tested tighter: one extra set on the ${side}.`];
  }
  if (side) {
    return [
      'weaker-side',
      `Because your ${side} side held the bridge for less time: one extra set on the ${side}.`,
    ];
  }
  const hours = ctx.intake.habits.hoursSittingPerDay;
  switch (exercise.phase) {
    case 'release':
      return ['release-first', 'Loosening up first makes the stretches that follow easier.'];
    case 'stretch':
      return hours >= 4
        ? [
            'long-sitting',
            `You sit about ${hours} hours a day: this keeps your hip flexors supple.`,
          ]
        : ['hip-flexor-length', 'Stretching on most days keeps your hip flexors supple.'];
    case 'activate':
    case 'strengthen':
    case 'habit':
    case 'traction':
      return ['strength-days', 'Stronger glutes two or three days a week go well with stretching.'];
    default:
      return assertNever(exercise.phase);
  }
}

/**
 * Most important first, for the time budget: the main stretch (the care method's centre and
 * the best-evidenced dose), then activation and strength, then release, then a second stretch.
 * A short session thus keeps one stretch at its full dose rather than everything at a token dose.
 */
const KEEP_ORDER: readonly Phase[] = ['stretch', 'activate', 'strengthen', 'release'];

function schedule(input: PlanInput, ctx: Context, gentle: boolean): Scheduled[] {
  const rules = {
    equipment: input.intake.preferences.equipment,
    clearedChecklists: input.clearedChecklists,
    gentle,
  };
  const schedulable = input.catalogue.filter((e) => isSchedulable(e, rules));
  const candidates = pickLadderRungs(schedulable, input.catalogue, input.progression);
  return SESSION_PHASES.flatMap((phase) => rankPhase(candidates, phase, ctx.asymmetries)).map(
    (exercise) => {
      const side = extraSetSide(exercise, { tighter: ctx.tighter, weaker: ctx.weaker });
      const [reasonCode, reason] = reasonFor(exercise, side, ctx);
      return {
        exercise,
        dose: {
          laterality: exercise.laterality,
          restBetweenHolds: exercise.phase === 'release' || exercise.phase === 'stretch',
          extraSet: side !== null,
          ...startingDose(input.progression, exercise),
        },
        days: spreadDays(daysPerWeek(exercise)),
        side,
        reasonCode,
        reason,
      };
    },
  );
}

function priority(items: readonly Scheduled[]): Scheduled[] {
  const firstStretch = items.find((s) => s.exercise.phase === 'stretch');
  const rest = items.filter((s) => s !== firstStretch);
  // Later stretches rank after release; the sort is stable, so ties keep the ranking order.
  const rank = (s: Scheduled) =>
    s.exercise.phase === 'stretch' ? KEEP_ORDER.length : KEEP_ORDER.indexOf(s.exercise.phase);
  return [...(firstStretch ? [firstStretch] : []), ...[...rest].sort((a, b) => rank(a) - rank(b))];
}

function toItem({ exercise, dose, side, reasonCode, reason }: Scheduled): PlanItem {
  return {
    exerciseId: exercise.id,
    name: exercise.name,
    phase: exercise.phase,
    laterality: exercise.laterality,
    holdSeconds: dose.holdSeconds,
    reps: dose.reps,
    sets: dose.sets,
    restSeconds: dose.restSeconds,
    extraSetSide: dose.extraSet ? side : null,
    estimatedSeconds: estimateSeconds(dose),
    reasonCode,
    reason,
  };
}

function toSession(
  kind: PlanSession['kind'],
  due: readonly Scheduled[],
  budget: number,
): PlanSession {
  const items = fitToBudget(priority(due), budget)
    .map(toItem)
    .sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
  return {
    kind,
    items,
    estimatedSeconds: items.reduce((total, item) => total + item.estimatedSeconds, 0),
  };
}

function planDay(
  date: IsoDate,
  offset: number,
  scheduled: readonly Scheduled[],
  input: PlanInput,
): PlanDay {
  const budget = input.intake.preferences.minutesPerSession * 60;
  const due = scheduled.filter((s) => s.days.includes(offset));
  const main = toSession('main', due, budget);
  const stretches = due.filter((s) => s.exercise.phase === 'stretch');
  const extras = Array.from({ length: input.intake.preferences.sessionsPerDay - 1 }, () =>
    toSession('extra', stretches, budget),
  );
  return { date, weekday: weekdayOf(date), sessions: [main, ...extras] };
}

/**
 * Builds the plan: today's session and the week ahead. Refused when triage has stopped the
 * programme; gentle-only when triage says "gentle".
 */
export function planProgramme(input: PlanInput): Result<Plan, PlanError> {
  const { triage, intake } = input;
  if (triage.programme === 'stopped') {
    return err({
      code: 'PLAN_STOPPED_BY_TRIAGE',
      message: 'The screening has stopped the programme until a doctor has been seen.',
      details: { level: triage.level, triggeredBy: triage.triggeredBy },
    });
  }
  if (!isIsoDate(input.startDate)) {
    return err({
      code: 'PLAN_INVALID_START_DATE',
      message: `"${input.startDate}" is not a date like 2025-01-31.`,
      details: { startDate: input.startDate },
    });
  }
  const asymmetries = input.selfTests ? findAsymmetries(input.selfTests) : [];
  const ctx: Context = {
    intake,
    asymmetries,
    tighter: tighterSide(asymmetries),
    weaker: weakerSide(asymmetries),
  };
  const gentle = triage.programme === 'gentle';
  const scheduled = schedule(input, ctx, gentle);
  if (scheduled.length === 0) {
    return err({
      code: 'PLAN_NO_EXERCISES',
      message: 'No exercise in the catalogue fits this person’s equipment and screening.',
      details: { equipment: intake.preferences.equipment },
    });
  }
  const start = input.startDate;
  const week = [0, 1, 2, 3, 4, 5, 6].map((offset) =>
    planDay(addDays(start, offset), offset, scheduled, input),
  );
  const catalogueHabits = input.catalogue.filter(
    (e) =>
      e.phase === 'habit' &&
      isSchedulable(e, {
        equipment: intake.preferences.equipment,
        clearedChecklists: input.clearedChecklists,
        gentle,
      }),
  );
  return ok({
    startDate: start,
    mode: gentle ? 'gentle' : 'full',
    budgetSeconds: intake.preferences.minutesPerSession * 60,
    today: week[0] as PlanDay,
    week,
    habits: planHabits(intake.habits, catalogueHabits),
    asymmetries,
    tighterSide: ctx.tighter,
    weakerSide: ctx.weaker,
  });
}
