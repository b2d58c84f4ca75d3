import type { LimbAngles, Keyframe, Pose, Prop } from '../../pose/pose.schema.ts';
import type { DoseRange, Exercise, ExerciseId } from '../exercise.schema.ts';
import type { EvidenceId } from '../evidence.ts';

/**
 * Small builders for the catalogue data: a dose number with its why and evidence, an exercise
 * with a typed id, and poses written as a few angles over a neutral standing figure.
 */

/** One dose number: default, allowed range, why (one plain sentence) and the evidence keys. */
export function dose(
  value: number,
  min: number,
  max: number,
  why: string,
  evidence: readonly [EvidenceId, ...EvidenceId[]],
): DoseRange {
  return { default: value, min, max, why, evidence: [...evidence] };
}

export type ExerciseInput = Omit<Exercise, 'id' | 'ladder'> & {
  readonly id: string;
  readonly ladder: {
    readonly name: string;
    readonly rung: number;
    readonly easier: string | null;
    readonly harder: string | null;
  } | null;
};

export function exercise(input: ExerciseInput): Exercise {
  const { ladder } = input;
  return {
    ...input,
    id: input.id as ExerciseId,
    ladder: ladder && {
      ...ladder,
      easier: ladder.easier as ExerciseId | null,
      harder: ladder.harder as ExerciseId | null,
    },
  };
}

const NEUTRAL_LIMB: LimbAngles = { hip: 0, knee: 0, ankle: 0, shoulder: 0, elbow: 0 };

export type PoseInput = {
  readonly trunk: number;
  readonly neck?: number;
  /** Angles shared by both sides, overridden by `left` and `right`. */
  readonly both?: Partial<LimbAngles>;
  readonly left?: Partial<LimbAngles>;
  readonly right?: Partial<LimbAngles>;
  readonly props?: readonly Prop[];
};

export function pose(input: PoseInput): Pose {
  return {
    trunk: input.trunk,
    neck: input.neck ?? 0,
    left: { ...NEUTRAL_LIMB, ...input.both, ...input.left },
    right: { ...NEUTRAL_LIMB, ...input.both, ...input.right },
    props: [...(input.props ?? [])],
  };
}

/** A keyframe; by default a steady 1.5 s move and a 2 s hold. */
export function frame(label: string, at: Pose, moveMs = 1500, holdMs = 2000): Keyframe {
  return { label, pose: at, moveMs, holdMs };
}

/** The same pose with some angles changed, for small steps between keyframes. */
export function adjust(base: Pose, change: Omit<PoseInput, 'trunk'> & { trunk?: number }): Pose {
  return {
    trunk: change.trunk ?? base.trunk,
    neck: change.neck ?? base.neck,
    left: { ...base.left, ...change.both, ...change.left },
    right: { ...base.right, ...change.both, ...change.right },
    props: change.props ? [...change.props] : base.props,
  };
}
