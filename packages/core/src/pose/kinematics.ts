import type { BodyPoint, LimbAngles, Pose, Prop, Side } from './pose.schema.ts';

/**
 * Forward kinematics for the side-view figure: joint angles in, joint positions out.
 *
 * Units are body heights (a standing figure is 1 tall), x points the way the figure faces and
 * y points up, with the floor at y = 0. Pure and deterministic, so the web figure, the printed
 * handout and the tests all draw exactly the same body.
 */

/** Segment lengths as fractions of body height (rounded anthropometric proportions). */
export const SEGMENTS = {
  trunk: 0.3,
  neck: 0.05,
  headRadius: 0.062,
  upperArm: 0.17,
  forearm: 0.16,
  thigh: 0.245,
  shin: 0.245,
  /** Ankle to toe tip; the heel sits a little behind the ankle. */
  foot: 0.11,
  heel: 0.03,
  /** Height of the ankle above the sole. */
  ankleHeight: 0.04,
} as const;

/**
 * Half the thickness of the body around each joint line, in body heights: how far the skin lies
 * from the line the angles describe. A body lying on the floor or on a prop rests on its skin,
 * not on its bones, so placement and bounds add these to the joint positions.
 */
export const BODY_DEPTH = {
  head: 0.062,
  shoulders: 0.05,
  'upper-back': 0.056,
  'lower-back': 0.05,
  pelvis: 0.058,
  thigh: 0.04,
  knee: 0.03,
  shin: 0.028,
  ankle: 0.022,
  foot: 0,
  elbow: 0.022,
  hand: 0.018,
} as const;

/** How high a supporting prop is: the body's skin rests on its top. Furniture follows the body. */
export const PROP_HEIGHTS = {
  'foam-roller': 0.09,
  ball: 0.05,
  block: 0.06,
} as const;

export type Point = { readonly x: number; readonly y: number };

export type LimbPoints = {
  readonly knee: Point;
  readonly ankle: Point;
  readonly heel: Point;
  readonly toe: Point;
  readonly elbow: Point;
  readonly hand: Point;
};

export type FigurePoints = {
  readonly hip: Point;
  readonly shoulder: Point;
  readonly neck: Point;
  readonly head: Point;
  readonly left: LimbPoints;
  readonly right: LimbPoints;
};

/** A prop with the body point it meets and the height of its top (the skin rests there). */
export type PlacedProp = Prop & { readonly point: Point; readonly height: number };

export type FigureGeometry = {
  readonly points: FigurePoints;
  readonly props: readonly PlacedProp[];
  /** Bounding box of the body (head circle included), after it was placed on the floor. */
  readonly bounds: {
    readonly minX: number;
    readonly maxX: number;
    readonly minY: number;
    readonly maxY: number;
  };
};

const RAD = Math.PI / 180;

/** A unit vector for a direction measured from straight up, positive towards the front. */
function direction(degrees: number): Point {
  return { x: Math.sin(degrees * RAD), y: Math.cos(degrees * RAD) };
}

function step(from: Point, degrees: number, length: number): Point {
  const d = direction(degrees);
  return { x: from.x + d.x * length, y: from.y + d.y * length };
}

function limb(hip: Point, shoulder: Point, trunk: number, angles: LimbAngles): LimbPoints {
  const thigh = trunk + 180 - angles.hip;
  const knee = step(hip, thigh, SEGMENTS.thigh);
  const shin = thigh + angles.knee;
  const ankle = step(knee, shin, SEGMENTS.shin);
  // The sole is at right angles to the shin at 0°; dorsiflexion turns the toes up towards it.
  const sole = shin - 90 - angles.ankle;
  const soleBase = step(ankle, shin, SEGMENTS.ankleHeight);
  const toe = step(soleBase, sole, SEGMENTS.foot - SEGMENTS.heel);
  const heel = step(soleBase, sole + 180, SEGMENTS.heel);
  const upperArm = trunk + 180 - angles.shoulder;
  const elbow = step(shoulder, upperArm, SEGMENTS.upperArm);
  const hand = step(elbow, upperArm - angles.elbow, SEGMENTS.forearm);
  return { knee, ankle, heel, toe, elbow, hand };
}

function pointsAt(pose: Pose, origin: Point): FigurePoints {
  const hip = origin;
  const shoulder = step(hip, pose.trunk, SEGMENTS.trunk);
  const neck = step(shoulder, pose.trunk + pose.neck, SEGMENTS.neck);
  const head = step(neck, pose.trunk + pose.neck, SEGMENTS.headRadius);
  return {
    hip,
    shoulder,
    neck,
    head,
    left: limb(hip, shoulder, pose.trunk, pose.left),
    right: limb(hip, shoulder, pose.trunk, pose.right),
  };
}

function mid(a: Point, b: Point, t = 0.5): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** The position of a named body point, for placing props. */
export function bodyPoint(points: FigurePoints, at: BodyPoint): Point {
  const side = (s: Side): LimbPoints => points[s];
  switch (at) {
    case 'head':
      return points.head;
    case 'shoulders':
      return points.shoulder;
    case 'upper-back':
      return mid(points.hip, points.shoulder, 0.7);
    case 'lower-back':
      return mid(points.hip, points.shoulder, 0.2);
    case 'pelvis':
      return points.hip;
    case 'left-thigh':
    case 'right-thigh':
      return mid(points.hip, side(at === 'left-thigh' ? 'left' : 'right').knee);
    case 'left-knee':
    case 'right-knee':
      return side(at === 'left-knee' ? 'left' : 'right').knee;
    case 'left-shin':
    case 'right-shin': {
      const limbPoints = side(at === 'left-shin' ? 'left' : 'right');
      return mid(limbPoints.knee, limbPoints.ankle);
    }
    case 'left-foot':
    case 'right-foot': {
      const limbPoints = side(at === 'left-foot' ? 'left' : 'right');
      return mid(limbPoints.heel, limbPoints.toe);
    }
    case 'left-hand':
    case 'right-hand':
      return side(at === 'left-hand' ? 'left' : 'right').hand;
  }
}

/** How far the skin lies from the joint line at a body point (see BODY_DEPTH). */
export function bodyDepth(at: BodyPoint): number {
  switch (at) {
    case 'head':
    case 'shoulders':
    case 'upper-back':
    case 'lower-back':
    case 'pelvis':
      return BODY_DEPTH[at];
    case 'left-thigh':
    case 'right-thigh':
      return BODY_DEPTH.thigh;
    case 'left-knee':
    case 'right-knee':
      return BODY_DEPTH.knee;
    case 'left-shin':
    case 'right-shin':
      return BODY_DEPTH.shin;
    case 'left-foot':
    case 'right-foot':
      return BODY_DEPTH.foot;
    case 'left-hand':
    case 'right-hand':
      return BODY_DEPTH.hand;
  }
}

type Disc = { readonly point: Point; readonly r: number };

/** The joints with the thickness of the body around them; the soles (heel, toe) have none. */
function discs(points: FigurePoints): Disc[] {
  const limbs = [points.left, points.right].flatMap((l) => [
    { point: l.knee, r: BODY_DEPTH.knee },
    { point: l.ankle, r: BODY_DEPTH.ankle },
    { point: l.heel, r: 0 },
    { point: l.toe, r: 0 },
    { point: l.elbow, r: BODY_DEPTH.elbow },
    { point: l.hand, r: BODY_DEPTH.hand },
  ]);
  return [
    { point: points.hip, r: BODY_DEPTH.pelvis },
    { point: points.shoulder, r: BODY_DEPTH.shoulders },
    { point: points.neck, r: 0 },
    { point: points.head, r: SEGMENTS.headRadius },
    ...limbs,
  ];
}

function boundsOf(points: FigurePoints): FigureGeometry['bounds'] {
  const all = discs(points);
  return {
    minX: Math.min(...all.map((d) => d.point.x - d.r)),
    maxX: Math.max(...all.map((d) => d.point.x + d.r)),
    minY: Math.min(...all.map((d) => d.point.y - d.r)),
    maxY: Math.max(...all.map((d) => d.point.y + d.r)),
  };
}

/**
 * Places the posed figure on the floor: the lowest point of the body (its skin, not its joint
 * lines) touches y = 0, unless a roller, ball or block under a body point lifts it higher so
 * the skin there rests on top of the prop. Table, chair, wall and band props are drawn
 * where the body meets them.
 */
export function poseGeometry(pose: Pose): FigureGeometry {
  const raw = pointsAt(pose, { x: 0, y: 0 });
  let lift = -boundsOf(raw).minY;
  for (const prop of pose.props) {
    if (prop.kind in PROP_HEIGHTS) {
      const height = PROP_HEIGHTS[prop.kind as keyof typeof PROP_HEIGHTS];
      lift = Math.max(lift, height + bodyDepth(prop.at) - bodyPoint(raw, prop.at).y);
    }
  }
  const points = pointsAt(pose, { x: 0, y: lift });
  const props = pose.props.map((prop) => {
    const point = bodyPoint(points, prop.at);
    const height =
      prop.kind in PROP_HEIGHTS
        ? PROP_HEIGHTS[prop.kind as keyof typeof PROP_HEIGHTS]
        : Math.max(0, point.y - bodyDepth(prop.at));
    return { ...prop, point, height };
  });
  return { points, props, bounds: boundsOf(points) };
}
