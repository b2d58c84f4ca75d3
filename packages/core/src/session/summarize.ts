import type { PlanItem, PlanSession } from '../plan/plan.ts';
import type { Side } from '../pose/pose.schema.ts';
import type { SessionLogItem } from './api.schema.ts';
import type { SessionState } from './session-state.ts';
import type { HoldStep, RepsStep, SessionStep } from './session-step.ts';
import { recordByIndex, type StepRecord } from './step-record.ts';
import { sideOrder } from './steps.ts';

/**
 * The session log's items (api.schema.ts) from a session's record: per plan item and side, what
 * the plan asked for and what was done. It reads whatever state the session is in, so a player
 * can log a session that was finished early as well as one that ran to its end.
 *
 * - A set is done when every hold or set of reps in it was done (ran to its end, or "rep done"
 *   on the last rep).
 * - Reps count the holds done and the reps finished, including reps finished in a set that was
 *   skipped or cut short.
 * - Held seconds are the time actually spent in the hold: the whole hold for a hold done, the
 *   part that ran for one skipped or cut short; for reps with a hold at the top, the tops reached.
 * - Skipped steps count the holds and sets of reps skipped; a changeover or a rest skipped is
 *   not counted, since that only means the person was ready early.
 */

type WorkStep = HoldStep | RepsStep;

/** The steps of one exercise on one side: a changeover, then its sets and rests. */
type Group = { readonly exerciseId: string; readonly side: Side | null; steps: SessionStep[] };

/** Splits the steps into one group per changeover, in order. */
function groupsOf(steps: readonly SessionStep[]): Group[] {
  const groups: Group[] = [];
  for (const step of steps) {
    if (step.kind === 'done') continue;
    const last = groups.at(-1);
    if (step.kind === 'get-ready' || !last) {
      groups.push({ exerciseId: step.exerciseId, side: step.side, steps: [step] });
    } else {
      last.steps.push(step);
    }
  }
  return groups;
}

const isWork = (step: SessionStep): step is WorkStep =>
  step.kind === 'hold' || step.kind === 'reps';

/** Milliseconds of the hold within a step that ran `ranMs` into it. */
function heldMs(step: WorkStep, ranMs: number): number {
  const overlap = (from: number, length: number) => Math.min(length, Math.max(0, ranMs - from));
  if (step.kind === 'hold') return overlap(step.moveInMs, step.holdMs);
  let held = 0;
  for (let rep = 0; rep < step.reps; rep += 1) {
    held += overlap(rep * step.repMs + step.tempo.upMs, step.tempo.holdMs);
  }
  return held;
}

function repsOf(step: WorkStep, entry: StepRecord | undefined): number {
  if (!entry) return 0;
  if (step.kind === 'reps') return entry.outcome === 'done' ? step.reps : (entry.repsDone ?? 0);
  return entry.outcome === 'done' ? 1 : 0;
}

/** Seconds to one decimal, so a log does not carry float noise from millisecond sums. */
const toSeconds = (ms: number) => Math.round(ms / 100) / 10;

function doneOf(
  item: PlanItem,
  work: readonly WorkStep[],
  records: ReadonlyMap<number, StepRecord>,
): SessionLogItem['done'] {
  const sets = new Map<number, boolean>();
  let reps = 0;
  let held = 0;
  let skippedSteps = 0;
  for (const step of work) {
    const entry = records.get(step.index);
    const set = step.set ?? 0;
    sets.set(set, (sets.get(set) ?? true) && entry?.outcome === 'done');
    reps += repsOf(step, entry);
    held += entry ? heldMs(step, entry.ranMs) : 0;
    if (entry?.outcome === 'skipped') skippedSteps += 1;
  }
  return {
    sets: [...sets.values()].filter(Boolean).length,
    reps,
    heldSeconds: item.holdSeconds === null ? null : toSeconds(held),
    skippedSteps,
  };
}

/**
 * One log item per plan item and side, in plan order (sides in `sideOrder`, the extra-set side
 * with its extra set planned), with what was done according to the state's record. The state's
 * steps must come from `buildSteps(planSession, ...)`; a group of steps that does not match the
 * plan item and side in order counts as nothing done, never as another item's work.
 */
export function summarizeSession(state: SessionState, planSession: PlanSession): SessionLogItem[] {
  const records = recordByIndex(state.record);
  const groups = groupsOf(state.steps);
  let cursor = 0;
  return planSession.items.flatMap((item) =>
    sideOrder(item).map((side): SessionLogItem => {
      const group = groups[cursor];
      const matches = group?.exerciseId === item.exerciseId && group.side === side;
      if (matches) cursor += 1;
      const work = matches ? group.steps.filter(isWork) : [];
      return {
        exerciseId: item.exerciseId,
        side,
        planned: {
          sets: item.sets + (side !== null && side === item.extraSetSide ? 1 : 0),
          repsPerSet: item.reps ?? 1,
          holdSeconds: item.holdSeconds,
        },
        done: doneOf(item, work, records),
      };
    }),
  );
}
