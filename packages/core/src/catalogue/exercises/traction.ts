import type { Exercise } from '../exercise.schema.ts';
import { dose, exercise, frame, pose } from './build.ts';
import { SUPINE } from './poses.ts';

/**
 * Traction (psoas-facts.md, the care method, 3): advanced, learned from a professional. The app
 * names and describes it so people recognise it, but never coaches it alone or schedules it.
 */

const SET_BY_PROFESSIONAL = 'Your practitioner sets this; no study gives a dose for it.';

export const TRACTION: readonly Exercise[] = [
  exercise({
    id: 'hip-traction',
    name: 'Hip traction',
    otherNames: ['Long-axis leg traction', 'Leg pull'],
    phase: 'traction',
    summary:
      'A slow, gentle pull along the leg, combined with stretching. It is learned from and done with a professional; the app describes it but never schedules it.',
    targetMuscles: ['psoas', 'iliacus'],
    equipment: ['table-or-chair'],
    laterality: 'per-side',
    level: 3,
    dose: {
      holdSeconds: null,
      reps: null,
      sets: dose(1, 1, 1, SET_BY_PROFESSIONAL, ['practice-traction']),
      restSeconds: dose(0, 0, 0, SET_BY_PROFESSIONAL, ['practice-traction']),
      sessionsPerDay: dose(1, 1, 1, SET_BY_PROFESSIONAL, ['practice-traction']),
      daysPerWeek: dose(1, 1, 1, SET_BY_PROFESSIONAL, ['practice-traction']),
      why: 'There is no research dose for hip traction. A physiotherapist, massage therapist or trainer decides how long and how often, in person.',
    },
    steps: [
      'You lie on your back on a treatment table, relaxed.',
      'The practitioner holds your leg at the ankle or above the knee and leans back slowly, drawing the leg gently along its length.',
      'They hold the gentle pull while you breathe out and relax, then release it just as slowly.',
      'Once you have learned it, they may show you a safe way to use it at home.',
    ],
    cues: ['Let the leg be heavy.', 'Breathe out slowly as the pull comes on.'],
    mistakes: ['Trying it on your own with a band or a partner without being taught.'],
    cautions: [
      'Professional technique: learn it from and do it with a professional, who checks it suits you.',
    ],
    contraindications: [
      'A hip replacement, or a hip or knee operation, unless your surgeon agrees.',
      'Hip or knee joint instability or recent dislocation.',
      'Pain that shoots down the leg during the pull.',
    ],
    ladder: null,
    professionalOnly: true,
    pressesOnAbdomen: false,
    lock: null,
    keyframes: [
      frame('Lie relaxed on the table', SUPINE),
      frame(
        'Leg raised slightly, gentle pull',
        pose({
          trunk: -90,
          left: { hip: 25, knee: 0, ankle: 0, shoulder: 0 },
          right: { hip: 0, knee: 0, ankle: -20, shoulder: 0 },
          props: [{ kind: 'band', at: 'left-foot' }],
        }),
        2500,
        4000,
      ),
    ],
  }),
];
