import type {
  ChecklistId,
  DoseRange,
  Equipment,
  Exercise,
  ExerciseId,
  Muscle,
  Phase,
} from '../../catalogue/exercise.schema.ts';
import type { Keyframe } from '../../pose/pose.schema.ts';

/** Test data: a fluent factory for catalogue exercises, so each test states only what matters. */

const limb = { hip: 0, knee: 0, ankle: 0, shoulder: 0, elbow: 0 };
const frame = (label: string): Keyframe => ({
  label,
  pose: { trunk: 0, neck: 0, left: limb, right: limb, props: [] },
  moveMs: 500,
  holdMs: 500,
});

const range = (value: number, min = value, max = value): DoseRange => ({
  default: value,
  min,
  max,
  why: 'test',
  evidence: ['test'],
});

export const id = (slug: string): ExerciseId => slug as ExerciseId;

export class ExerciseBuilder {
  private e: Exercise;

  constructor(slug: string) {
    this.e = {
      id: id(slug),
      name: slug,
      otherNames: [],
      phase: 'stretch',
      summary: `${slug} summary`,
      targetMuscles: ['psoas'],
      equipment: ['none'],
      laterality: 'both-sides',
      level: 1,
      dose: {
        holdSeconds: null,
        reps: null,
        sets: range(1),
        restSeconds: range(10, 0, 30),
        sessionsPerDay: range(1, 1, 2),
        daysPerWeek: range(5, 2, 7),
        why: 'test',
      },
      steps: ['do it'],
      cues: [],
      mistakes: [],
      cautions: [],
      contraindications: [],
      ladder: null,
      professionalOnly: false,
      pressesOnAbdomen: false,
      lock: null,
      keyframes: [frame('start'), frame('end')],
    };
  }

  private with(patch: Partial<Exercise>): this {
    this.e = { ...this.e, ...patch };
    return this;
  }

  private dose(patch: Partial<Exercise['dose']>): this {
    return this.with({ dose: { ...this.e.dose, ...patch } });
  }

  phase(phase: Phase): this {
    return this.with({ phase });
  }
  muscles(...targetMuscles: Muscle[]): this {
    return this.with({ targetMuscles });
  }
  needs(...equipment: Equipment[]): this {
    return this.with({ equipment });
  }
  perSide(): this {
    return this.with({ laterality: 'per-side' });
  }
  level(level: number): this {
    return this.with({ level });
  }
  hold(value: number, min = value, max = value): this {
    return this.dose({ holdSeconds: range(value, min, max) });
  }
  reps(value: number, min = value, max = value): this {
    return this.dose({ reps: range(value, min, max) });
  }
  sets(value: number, min = value, max = value): this {
    return this.dose({ sets: range(value, min, max) });
  }
  rest(value: number): this {
    return this.dose({ restSeconds: range(value, 0, Math.max(value, 60)) });
  }
  days(value: number, min = 1, max = 7): this {
    return this.dose({ daysPerWeek: range(value, min, max) });
  }
  ladder(name: string, rung: number, easier: string | null, harder: string | null): this {
    return this.with({
      ladder: {
        name,
        rung,
        easier: easier === null ? null : id(easier),
        harder: harder === null ? null : id(harder),
      },
    });
  }
  locked(checklist: ChecklistId = 'abdominal-release'): this {
    return this.with({ lock: { checklist, reason: 'test' } });
  }
  pressesOnAbdomen(): this {
    return this.with({ pressesOnAbdomen: true });
  }
  professionalOnly(): this {
    return this.with({ professionalOnly: true });
  }
  build(): Exercise {
    return this.e;
  }
}

export const anExercise = (slug: string): ExerciseBuilder => new ExerciseBuilder(slug);

/** A small catalogue covering every phase, a glute ladder, a lock, traction and a belly press. */
export function fixtureCatalogue(): Exercise[] {
  return [
    anExercise('foam-roll-thigh')
      .phase('release')
      .muscles('quadriceps', 'rectus-femoris')
      .needs('foam-roller', 'mat')
      .perSide()
      .hold(60, 30, 120)
      .sets(2, 1, 3)
      .rest(15)
      .build(),
    anExercise('ball-release-glutes')
      .phase('release')
      .muscles('glutes')
      .needs('ball')
      .perSide()
      .hold(60, 30, 120)
      .sets(1, 1, 3)
      .build(),
    anExercise('kneeling-hip-flexor-stretch')
      .phase('stretch')
      .muscles('psoas', 'iliacus')
      .needs('mat')
      .perSide()
      .hold(30, 15, 60)
      .reps(3, 2, 4)
      .rest(10)
      .build(),
    anExercise('standing-hip-flexor-stretch')
      .phase('stretch')
      .muscles('psoas', 'rectus-femoris')
      .perSide()
      .hold(30, 15, 60)
      .reps(3, 2, 4)
      .rest(10)
      .build(),
    anExercise('table-stretch')
      .phase('stretch')
      .muscles('rectus-femoris', 'quadriceps')
      .needs('table-or-chair')
      .perSide()
      .hold(30, 15, 60)
      .reps(2, 2, 4)
      .level(2)
      .build(),
    anExercise('glute-squeeze')
      .phase('activate')
      .muscles('glutes')
      .hold(5, 5, 10)
      .reps(10, 8, 15)
      .days(3)
      .build(),
    anExercise('glute-bridge')
      .phase('strengthen')
      .muscles('glutes')
      .needs('mat')
      .hold(3, 0, 10)
      .reps(10, 8, 15)
      .sets(2, 2, 3)
      .rest(45)
      .days(3)
      .ladder('glute-bridge', 1, null, 'banded-bridge')
      .build(),
    anExercise('banded-bridge')
      .phase('strengthen')
      .muscles('glutes')
      .needs('mat', 'band')
      .hold(3, 0, 10)
      .reps(10, 8, 15)
      .sets(2, 2, 3)
      .rest(45)
      .days(3)
      .level(2)
      .ladder('glute-bridge', 2, 'glute-bridge', 'single-leg-bridge')
      .build(),
    anExercise('single-leg-bridge')
      .phase('strengthen')
      .muscles('glutes')
      .needs('mat')
      .perSide()
      .reps(10, 8, 15)
      .sets(2, 2, 3)
      .rest(45)
      .days(3)
      .level(3)
      .ladder('glute-bridge', 3, 'banded-bridge', null)
      .build(),
    anExercise('locked-table-hold')
      .phase('stretch')
      .muscles('psoas')
      .perSide()
      .hold(30, 15, 60)
      .reps(2, 2, 3)
      .locked()
      .build(),
    anExercise('ball-psoas-release')
      .phase('release')
      .muscles('psoas')
      .needs('ball')
      .hold(60, 30, 90)
      .pressesOnAbdomen()
      .locked()
      .build(),
    anExercise('psoas-traction').phase('traction').muscles('psoas').professionalOnly().build(),
    anExercise('pro-psoas-release')
      .phase('release')
      .muscles('psoas')
      .hold(60, 30, 90)
      .professionalOnly()
      .pressesOnAbdomen()
      .build(),
    anExercise('walk-break').phase('habit').muscles('glutes').build(),
  ];
}
