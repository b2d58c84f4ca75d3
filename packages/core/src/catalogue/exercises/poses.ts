import { adjust, pose } from './build.ts';

/**
 * Shared poses for the figure (angle conventions: pose.schema.ts). Per-side exercises are drawn
 * with the LEFT side as the worked side. Angles were tuned by eye on the figure sheet
 * (scripts/figure-sheet.ts) so the figure rests on the floor or its props.
 */

export const STANDING = pose({ trunk: 0, both: { shoulder: 5, elbow: 10 } });

/** Hands on the hips: shoulders a little behind, elbows bent. */
const HANDS_ON_HIPS = { shoulder: -25, elbow: 100 } as const;
const ARMS_OVERHEAD = { shoulder: 170, elbow: 5 } as const;

// ---- Half-kneeling lunge, left knee down (the stretched side), right foot forward.
export const HALF_KNEEL = pose({
  trunk: 0,
  left: { hip: -10, knee: 100, ankle: 20, ...HANDS_ON_HIPS },
  right: { hip: 100, knee: 100, ankle: 0, ...HANDS_ON_HIPS },
});
/** Pelvis tucked and shifted forward: the back hip opens. */
export const HALF_KNEEL_STRETCH = adjust(HALF_KNEEL, {
  trunk: -3,
  left: { hip: -25, knee: 110, ankle: 25 },
  right: { hip: 103, knee: 113, ankle: 10 },
});
export const HALF_KNEEL_OVERHEAD = adjust(HALF_KNEEL_STRETCH, { both: ARMS_OVERHEAD });
export const HALF_KNEEL_LEAN = adjust(HALF_KNEEL_STRETCH, {
  trunk: -8,
  both: { shoulder: 175, elbow: 10 },
});

// ---- Long front lunge (runner's stretch), left leg back and straight.
export const RUNNERS_LUNGE = pose({
  trunk: 35,
  neck: -10,
  left: { hip: -15, knee: 5, ankle: 30, shoulder: 40, elbow: 10 },
  right: { hip: 105, knee: 80, ankle: 0, shoulder: 40, elbow: 10 },
});

// ---- Lying on the back (face up): head towards -x.
export const SUPINE = pose({ trunk: -90, both: { shoulder: 0, ankle: -20 } });
/** Knees bent, feet flat: the start of every bridge. */
export const HOOK_LYING = pose({
  trunk: -90,
  both: { hip: 50, knee: 100, ankle: -40, shoulder: 0 },
});
/** Bridge top: knees, hips and shoulders in one line, arms long on the floor. */
export const BRIDGE_TOP = pose({
  trunk: -118,
  neck: 28,
  both: { hip: 0, knee: 105, ankle: -10, shoulder: -28 },
});

// ---- Lying face down on the forearms.
export const PRONE_FOREARMS = pose({
  trunk: 80,
  neck: -10,
  both: { shoulder: 90, elbow: 90, ankle: -40 },
  right: { hip: 20, knee: 90 },
});

// ---- Sitting on a chair.
export const SITTING = pose({
  trunk: 0,
  both: { hip: 90, knee: 90, ankle: 0, shoulder: 10, elbow: 80 },
  props: [{ kind: 'chair', at: 'pelvis' }],
});
