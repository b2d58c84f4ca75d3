import { describe, expect, it } from 'vitest';
import type { TriageOutcome } from '../assessment/triage.ts';
import type { SelfTestResults } from '../assessment/self-tests.ts';
import { anIntake } from '../assessment/test-support/intake.builder.ts';
import { INITIAL_PROGRESSION, type ProgressionState } from './progression.ts';
import { planProgramme, type Plan, type PlanInput } from './plan.ts';
import { fixtureCatalogue, id } from './test-support/exercise-builder.ts';

const CLEAR: TriageOutcome = {
  level: 'clear',
  programme: 'full',
  triggeredBy: [],
  alsoFlagged: [],
  cautions: [],
};
const GENTLE: TriageOutcome = {
  ...CLEAR,
  level: 'gentle',
  programme: 'gentle',
  triggeredBy: ['c-upper-back'],
};

const LEFT_TIGHTER: SelfTestResults = {
  thomas: {
    left: { thigh: 'above-horizontal', knee: 'hangs-down', thighDriftsOut: false },
    right: { thigh: 'below-horizontal', knee: 'hangs-down', thighDriftsOut: false },
  },
  bridgeHold: { left: { seconds: 40 }, right: { seconds: 20 } },
};

function input(patch: Partial<PlanInput> = {}): PlanInput {
  return {
    catalogue: fixtureCatalogue(),
    intake: anIntake().equipment('mat', 'foam-roller', 'band').minutes(20).build(),
    triage: CLEAR,
    selfTests: LEFT_TIGHTER,
    clearedChecklists: [],
    progression: INITIAL_PROGRESSION,
    startDate: '2025-03-03',
    ...patch,
  };
}

function plan(patch: Partial<PlanInput> = {}): Plan {
  const result = planProgramme(input(patch));
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const ids = (p: Plan, day = 0) => p.week[day]?.sessions[0]?.items.map((i) => i.exerciseId) ?? [];
const allIds = (p: Plan) =>
  p.week.flatMap((d) => d.sessions.flatMap((s) => s.items.map((i) => i.exerciseId)));

describe('planProgramme', () => {
  it('plans today and seven days from the start date', () => {
    const p = plan();
    expect(p.week.map((d) => d.date)).toEqual([
      '2025-03-03',
      '2025-03-04',
      '2025-03-05',
      '2025-03-06',
      '2025-03-07',
      '2025-03-08',
      '2025-03-09',
    ]);
    expect(p.week[0]?.weekday).toBe('monday');
    expect(p.today).toEqual(p.week[0]);
  });

  it('orders a session release, stretch, activate, strengthen', () => {
    const phases = plan().today.sessions[0]?.items.map((i) => i.phase);
    expect(phases).toEqual(['release', 'stretch', 'activate', 'strengthen']);
  });

  it('gives the tighter side one extra set of stretching, and says why in one line', () => {
    const stretch = plan().today.sessions[0]?.items.find(
      (i) => i.exerciseId === 'kneeling-hip-flexor-stretch',
    );
    expect(stretch).toMatchObject({ extraSetSide: 'left', reasonCode: 'tighter-side' });
    expect(stretch?.reason).toMatch(/left hip flexors tested tighter/);
    expect(stretch?.reason).not.toMatch(/\n/);
  });

  it('gives the weaker side the extra set on a per-side strength exercise', () => {
    const progression: ProgressionState = {
      ...INITIAL_PROGRESSION,
      ladders: { 'glute-bridge': id('single-leg-bridge') },
    };
    const item = plan({ progression }).today.sessions[0]?.items.find(
      (i) => i.phase === 'strengthen',
    );
    expect(item).toMatchObject({
      exerciseId: 'single-leg-bridge',
      extraSetSide: 'right',
      reasonCode: 'weaker-side',
    });
  });

  it('stretches on at least 5 days and strengthens on 2-3 non-consecutive days', () => {
    const p = plan();
    const daysWith = (exerciseId: string) =>
      p.week.flatMap((d, i) =>
        d.sessions[0]?.items.some((x) => x.exerciseId === exerciseId) ? [i] : [],
      );
    expect(daysWith('kneeling-hip-flexor-stretch').length).toBeGreaterThanOrEqual(5);
    expect(daysWith('glute-bridge')).toEqual([0, 2, 4]);
  });

  it.each([5, 10, 20] as const)('fits a %i-minute session', (minutes) => {
    const p = plan({
      intake: anIntake()
        .equipment('mat', 'foam-roller', 'band')
        .minutes(minutes)
        .sessionsPerDay(2)
        .build(),
    });
    for (const day of p.week) {
      for (const session of day.sessions)
        expect(session.estimatedSeconds).toBeLessThanOrEqual(minutes * 60);
    }
    expect(ids(p)).toContain('kneeling-hip-flexor-stretch');
  });

  it('keeps the main stretch first when time is short', () => {
    expect(ids(plan({ intake: anIntake().equipment('mat').minutes(5).build() }))).toEqual([
      'kneeling-hip-flexor-stretch',
    ]);
  });

  it('respects the equipment at hand', () => {
    const p = plan({ intake: anIntake().equipment().minutes(20).build() });
    expect(allIds(p)).not.toContain('foam-roll-thigh');
    expect(allIds(p)).toContain('standing-hip-flexor-stretch');
  });

  it('never needs a mat: a rug or a bed does for floor exercises', () => {
    const p = plan({ intake: anIntake().equipment().minutes(20).build() });
    expect(allIds(p)).toContain('glute-bridge');
  });

  it('uses the ladder rung the person has reached', () => {
    const progression: ProgressionState = {
      ...INITIAL_PROGRESSION,
      ladders: { 'glute-bridge': id('banded-bridge') },
    };
    expect(ids(plan({ progression }))).toContain('banded-bridge');
    expect(ids(plan({ progression }))).not.toContain('glute-bridge');
  });

  it('falls back to a lower rung when the reached one needs missing equipment', () => {
    const progression: ProgressionState = {
      ...INITIAL_PROGRESSION,
      ladders: { 'glute-bridge': id('banded-bridge') },
    };
    const p = plan({ progression, intake: anIntake().equipment('mat').minutes(20).build() });
    expect(ids(p)).toContain('glute-bridge');
  });

  it('plans gentle-only when triage says gentle: level 1 and first rungs', () => {
    const progression: ProgressionState = {
      ...INITIAL_PROGRESSION,
      ladders: { 'glute-bridge': id('banded-bridge') },
    };
    const p = plan({ triage: GENTLE, progression });
    expect(p.mode).toBe('gentle');
    expect(allIds(p)).toContain('glute-bridge');
    expect(allIds(p)).not.toContain('banded-bridge');
    expect(allIds(p)).not.toContain('table-stretch');
  });

  it.each(['emergency', 'same-day', 'urgent'] as const)(
    'refuses to plan when triage is %s',
    (level) => {
      const result = planProgramme(input({ triage: { ...CLEAR, level, programme: 'stopped' } }));
      expect(result).toMatchObject({ ok: false, error: { code: 'PLAN_STOPPED_BY_TRIAGE' } });
    },
  );

  it('schedules a locked exercise only once its checklist is cleared, and never an abdominal press', () => {
    const intake = anIntake().equipment('ball', 'mat').minutes(20).build();
    const catalogue = fixtureCatalogue().filter((e) => e.id !== 'standing-hip-flexor-stretch');
    expect(allIds(plan({ intake, catalogue }))).not.toContain('locked-table-hold');
    const cleared = plan({ intake, catalogue, clearedChecklists: ['abdominal-release'] });
    expect(allIds(cleared)).toContain('locked-table-hold');
    expect(allIds(cleared)).not.toContain('ball-psoas-release');
  });

  it('never schedules traction or professional-only work', () => {
    const all = allIds(plan({ clearedChecklists: ['abdominal-release'] }));
    expect(all).not.toContain('psoas-traction');
    expect(all).not.toContain('pro-psoas-release');
  });

  it('keeps habits alongside, with a movement break every 30 minutes', () => {
    const p = plan();
    expect(p.habits[0]).toMatchObject({ code: 'movement-break', everyMinutes: 30 });
    expect(p.habits.map((h) => h.code)).toEqual(
      expect.arrayContaining(['stand-more', 'uncross-legs', 'sit-back', 'catalogue']),
    );
    expect(allIds(p)).not.toContain('walk-break');
  });

  it('adds stretch-only extra sessions when more sessions a day are chosen', () => {
    const p = plan({ intake: anIntake().equipment('mat').minutes(10).sessionsPerDay(3).build() });
    const sessions = p.today.sessions;
    expect(sessions.map((s) => s.kind)).toEqual(['main', 'extra', 'extra']);
    expect(sessions[1]?.items.every((i) => i.phase === 'stretch')).toBe(true);
  });

  it('refuses an invalid start date and a catalogue with nothing to schedule', () => {
    expect(planProgramme(input({ startDate: '2025-02-30' }))).toMatchObject({
      error: { code: 'PLAN_INVALID_START_DATE' },
    });
    expect(planProgramme(input({ catalogue: [] }))).toMatchObject({
      error: { code: 'PLAN_NO_EXERCISES' },
    });
  });

  it('uses progressed holds from the progression state', () => {
    const progression: ProgressionState = {
      ...INITIAL_PROGRESSION,
      exercises: {
        'kneeling-hip-flexor-stretch': {
          holdSeconds: 45,
          reps: null,
          tooEasyStreak: 0,
          tooHardStreak: 0,
          lowestPain: 1,
        },
      },
    };
    const item = plan({ progression }).today.sessions[0]?.items.find(
      (i) => i.exerciseId === 'kneeling-hip-flexor-stretch',
    );
    expect(item?.holdSeconds).toBe(45);
  });
});
