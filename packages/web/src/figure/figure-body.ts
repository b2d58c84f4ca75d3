import { SEGMENTS, type FigureGeometry, type LimbPoints, type Point } from '@psoas/core';
import {
  add,
  at,
  bone,
  boneOutline,
  scale,
  smoothClosed,
  sub,
  unit,
  type Bone,
  type Part,
  type Role,
  type Shape,
} from './figure-shapes.ts';

/**
 * The body of the side-view figure in body-height units: a flat pictogram of smooth shapes
 * around the skeleton that core's kinematics computes. Proportions follow SEGMENTS and the
 * thicknesses follow core's BODY_DEPTH, so the figure rests on the floor and on its props.
 */

export type LegBones = { readonly thigh: Bone; readonly shin: Bone };

export function legBones(hip: Point, limb: LimbPoints): LegBones {
  return { thigh: bone(hip, limb.knee), shin: bone(limb.knee, limb.ankle) };
}

/** The trunk from hip to shoulder; its front is the way the chest faces. */
export function trunkBone(geometry: FigureGeometry): Bone {
  return bone(geometry.points.hip, geometry.points.shoulder, false);
}

export function legPart(id: string, role: Role, hip: Point, limb: LimbPoints): Part {
  const { thigh, shin } = legBones(hip, limb);
  return {
    id,
    role,
    halo: true,
    shapes: [
      {
        kind: 'polygon',
        points: boneOutline(thigh, [0.05, 0.047, 0.04, 0.031], [0.052, 0.046, 0.037, 0.03]),
      },
      {
        kind: 'polygon',
        points: boneOutline(shin, [0.029, 0.026, 0.022, 0.019], [0.031, 0.035, 0.026, 0.019]),
      },
      { kind: 'polygon', points: footOutline(limb) },
    ],
  };
}

/** The foot in its own frame: along the sole from heel to toe, up from the sole to the ankle. */
function footOutline(limb: LimbPoints): Point[] {
  const along = unit(sub(limb.toe, limb.heel));
  const soleBase = add(limb.heel, scale(along, SEGMENTS.heel));
  const up = unit(sub(limb.ankle, soleBase));
  const local = (a: number, u: number): Point => add(soleBase, add(scale(along, a), scale(up, u)));
  return smoothClosed(
    [
      local(-0.03, 0.004),
      local(-0.012, 0),
      local(0.05, 0),
      local(0.076, 0.004),
      local(0.076, 0.016),
      local(0.04, 0.026),
      local(0.014, 0.046),
      local(-0.016, 0.05),
      local(-0.034, 0.024),
    ],
    3,
  );
}

export function armPart(id: string, role: Role, shoulder: Point, limb: LimbPoints): Part {
  const upper = bone(shoulder, limb.elbow);
  const fore = bone(limb.elbow, limb.hand);
  return {
    id,
    role,
    halo: true,
    shapes: [
      { kind: 'polygon', points: boneOutline(upper, [0.023, 0.022, 0.018], [0.024, 0.023, 0.018]) },
      { kind: 'polygon', points: boneOutline(fore, [0.018, 0.017, 0.014], [0.019, 0.018, 0.014]) },
      { kind: 'circle', center: at(fore, 1.14), r: 0.018 },
    ],
  };
}

/** Torso, neck and head in one colour, so they read as one silhouette. */
export function trunkPart(geometry: FigureGeometry): Part {
  const { shoulder, neck, head } = geometry.points;
  const trunk = trunkBone(geometry);
  const neckBone = bone(shoulder, neck, false);
  const neckLine = [at(neckBone, -0.2), at(bone(neck, head, false), 0.3)];
  // The nose shows which way the face looks, so lying face up and face down differ.
  const faceUp = bone(neck, head, false);
  const nose = add(
    head,
    add(scale(faceUp.front, SEGMENTS.headRadius * 0.92), scale(faceUp.along, -0.008)),
  );
  const shapes: Shape[] = [
    { kind: 'polygon', points: torsoOutline(trunk) },
    { kind: 'line', points: neckLine, width: 0.046 },
    { kind: 'circle', center: head, r: SEGMENTS.headRadius },
    { kind: 'circle', center: nose, r: 0.013 },
  ];
  return { id: 'trunk', role: 'body', halo: false, shapes };
}

function torsoOutline(trunk: Bone): Point[] {
  return smoothClosed([
    // Front, from the shoulder down: chest, belly, front of the pelvis.
    at(trunk, 0.98, 0.046),
    at(trunk, 0.76, 0.064),
    at(trunk, 0.5, 0.054),
    at(trunk, 0.25, 0.054),
    at(trunk, 0.04, 0.058),
    // Under the pelvis, then the buttock.
    at(trunk, -0.12, 0.034),
    at(trunk, -0.19, -0.01),
    at(trunk, -0.12, -0.058),
    at(trunk, 0.05, -0.066),
    // Back, from the low back (a gentle hollow) up to the shoulder blades.
    at(trunk, 0.3, -0.05),
    at(trunk, 0.55, -0.055),
    at(trunk, 0.8, -0.062),
    at(trunk, 1.02, -0.042),
    // Top of the shoulders.
    at(trunk, 1.1, 0),
  ]);
}
