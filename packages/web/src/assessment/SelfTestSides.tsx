import type { Side } from '@psoas/core';
import { HoldTimer } from './HoldTimer.tsx';
import { NumberField } from './NumberField.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import {
  SIDES,
  withHipAngle,
  withKneeAngle,
  type SelfTest,
  type SelfTestErrors,
  type SelfTestForm,
} from './self-tests-form.ts';

type SelfTestSidesProps = {
  readonly test: SelfTest;
  readonly form: SelfTestForm;
  readonly errors: SelfTestErrors;
  readonly onChange: (form: SelfTestForm) => void;
};

const YES_NO = [
  ['yes', 'Yes'],
  ['no', 'No'],
] as const;

const THIGH = [
  ['above-horizontal', 'Above level: the knee stays higher than the hip'],
  ['level', 'About level with the table'],
  ['below-horizontal', 'Below level: the knee drops lower than the hip'],
] as const;

const KNEE = [
  ['hangs-down', 'Hangs straight down'],
  ['partly-out', 'Partly out, at a slant'],
  ['sticks-out', 'Sticks out, nearly straight'],
] as const;

const TILT = [
  ['tilted-forward', 'Front point clearly lower: tips forward'],
  ['neutral', 'About level'],
  ['tilted-back', 'Front point higher: tips back'],
] as const;

const SIDE_NAMES: Readonly<Record<Side, string>> = { left: 'Left', right: 'Right' };
const OTHER: Readonly<Record<Side, Side>> = { left: 'right', right: 'left' };

/** The answers for one test, one fieldset per side. */
export function SelfTestSides({ test, form, errors, onChange }: SelfTestSidesProps) {
  return (
    <div className="self-test__sides">
      {SIDES.map((side) => (
        <fieldset key={side} className="field-set self-test__side">
          <legend className="field-set__legend">{legendFor(test, side)}</legend>
          <SideFields test={test} side={side} form={form} errors={errors} onChange={onChange} />
        </fieldset>
      ))}
    </div>
  );
}

function legendFor(test: SelfTest, side: Side): string {
  switch (test) {
    case 'thomas':
      return `${SIDE_NAMES[side]} leg hanging`;
    case 'kneeToChest':
      return `${SIDE_NAMES[side]} leg straight (${OTHER[side]} knee hugged)`;
    case 'pelvicTilt':
      return `${SIDE_NAMES[side]} side`;
    case 'bridgeHold':
      return `${SIDE_NAMES[side]} foot on the floor`;
  }
}

function SideFields({ test, side, form, errors, onChange }: SelfTestSidesProps & { side: Side }) {
  const error = (field: string) => errors[`${test}.${side}.${field}`];
  const name = (field: string) => `${test}-${side}-${field}`;
  switch (test) {
    case 'thomas': {
      const value = form.thomas[side];
      const set = (next: typeof value) =>
        onChange({ ...form, thomas: { ...form.thomas, [side]: next } });
      return (
        <>
          <RadioGroup
            name={name('thigh')}
            legend="Where did the thigh rest?"
            options={THIGH}
            value={value.thigh}
            onChange={(thigh) => set({ ...value, thigh })}
            error={error('thigh')}
          />
          <RadioGroup
            name={name('knee')}
            legend="How did the lower leg hang?"
            options={KNEE}
            value={value.knee}
            onChange={(knee) => set({ ...value, knee })}
            error={error('knee')}
          />
          <RadioGroup
            name={name('drift')}
            legend="Did the thigh drift out to the side as it lowered?"
            options={YES_NO}
            inline
            value={value.driftsOut}
            onChange={(driftsOut) => set({ ...value, driftsOut })}
            error={error('thighDriftsOut')}
          />
          <details className="self-test__angles">
            <summary>I measured angles with an inclinometer app (optional)</summary>
            <div className="field-row">
              <NumberField
                name={name('hip-angle')}
                label="Thigh angle to horizontal"
                hint="Above horizontal is positive, below is negative."
                unit="°"
                decimal
                value={value.hipAngle}
                onChange={(text) => set(withHipAngle(value, text))}
                error={error('hipAngleDegrees')}
              />
              <NumberField
                name={name('knee-angle')}
                label="Knee bend"
                hint="0° is a straight knee."
                unit="°"
                decimal
                value={value.kneeAngle}
                onChange={(text) => set(withKneeAngle(value, text))}
                error={error('kneeAngleDegrees')}
              />
            </div>
          </details>
        </>
      );
    }
    case 'kneeToChest': {
      const value = form.kneeToChest[side];
      return (
        <RadioGroup
          name={name('lifts')}
          legend={`Did your ${side} leg lift off the floor?`}
          options={YES_NO}
          inline
          value={value.lifts}
          onChange={(lifts) =>
            onChange({ ...form, kneeToChest: { ...form.kneeToChest, [side]: { lifts } } })
          }
          error={error('straightLegLifts')}
        />
      );
    }
    case 'pelvicTilt': {
      const value = form.pelvicTilt[side];
      return (
        <RadioGroup
          name={name('tilt')}
          legend="How did the two points compare?"
          options={TILT}
          value={value.tilt}
          onChange={(tilt) =>
            onChange({ ...form, pelvicTilt: { ...form.pelvicTilt, [side]: { tilt } } })
          }
          error={error('tilt')}
        />
      );
    }
    case 'bridgeHold': {
      const value = form.bridgeHold[side];
      const setSeconds = (seconds: string) =>
        onChange({ ...form, bridgeHold: { ...form.bridgeHold, [side]: { seconds } } });
      return (
        <>
          <HoldTimer sideLabel={side} onStop={(seconds) => setSeconds(String(seconds))} />
          <NumberField
            name={name('seconds')}
            label="Seconds held"
            hint="Filled in by the timer, or type it."
            unit="seconds"
            value={value.seconds}
            onChange={setSeconds}
            error={error('seconds')}
          />
        </>
      );
    }
  }
}
