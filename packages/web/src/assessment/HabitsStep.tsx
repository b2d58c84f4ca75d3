import {
  DESK_LABELS,
  FREQUENCY_LABELS,
  LEG_ON_TOP_LABELS,
  SPORT_LABELS,
  STANDS_LABELS,
} from './intake-labels.ts';
import { NumberField } from './NumberField.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { optionsOf, type StepProps } from './step-props.ts';

const FREQUENCIES = optionsOf(FREQUENCY_LABELS);

export function HabitsStep({ form, errors, edit }: StepProps) {
  const crosses = form.crossesLegs === 'sometimes' || form.crossesLegs === 'often';
  return (
    <>
      <div className="field-row">
        <NumberField
          name="hoursSittingPerDay"
          label="Hours sitting on a usual day"
          hint="At work, travelling and at home."
          unit="hours"
          decimal
          value={form.hoursSittingPerDay}
          onChange={(hoursSittingPerDay) => edit({ hoursSittingPerDay })}
          error={errors.hoursSittingPerDay}
        />
        <NumberField
          name="longestUnbrokenSittingMinutes"
          label="Longest time sitting without getting up"
          hint="Roughly, on a usual day."
          unit="minutes"
          value={form.longestUnbrokenSittingMinutes}
          onChange={(longestUnbrokenSittingMinutes) => edit({ longestUnbrokenSittingMinutes })}
          error={errors.longestUnbrokenSittingMinutes}
        />
        <NumberField
          name="hoursDrivingPerDay"
          label="Hours driving a day"
          unit="hours"
          decimal
          value={form.hoursDrivingPerDay}
          onChange={(hoursDrivingPerDay) => edit({ hoursDrivingPerDay })}
          error={errors.hoursDrivingPerDay}
        />
      </div>
      <RadioGroup
        name="deskType"
        legend="What kind of desk do you use?"
        options={optionsOf(DESK_LABELS)}
        value={form.deskType}
        onChange={(deskType) => edit({ deskType })}
        error={errors.deskType}
      />
      <RadioGroup
        name="standsOrWalks"
        legend="During the working day, how often do you stand up or walk?"
        options={optionsOf(STANDS_LABELS)}
        value={form.standsOrWalks}
        onChange={(standsOrWalks) => edit({ standsOrWalks })}
        error={errors.standsOrWalks}
      />
      <fieldset className="field-set">
        <legend className="field-set__legend">How you sit and sleep</legend>
        <RadioGroup
          name="leansForward"
          legend="Do you lean forward towards the screen?"
          options={FREQUENCIES}
          inline
          value={form.leansForward}
          onChange={(leansForward) => edit({ leansForward })}
          error={errors.leansForward}
        />
        <RadioGroup
          name="hooksFeetUnderChair"
          legend="Do you hook your feet under the chair?"
          options={FREQUENCIES}
          inline
          value={form.hooksFeetUnderChair}
          onChange={(hooksFeetUnderChair) => edit({ hooksFeetUnderChair })}
          error={errors.hooksFeetUnderChair}
        />
        <RadioGroup
          name="crossesLegs"
          legend="Do you sit with your legs crossed?"
          options={FREQUENCIES}
          inline
          value={form.crossesLegs}
          onChange={(crossesLegs) => edit({ crossesLegs })}
          error={errors.crossesLegs}
        />
        {crosses ? (
          <RadioGroup
            name="legOnTop"
            legend="Which leg is usually on top?"
            options={optionsOf(LEG_ON_TOP_LABELS)}
            inline
            value={form.legOnTop}
            onChange={(legOnTop) => edit({ legOnTop })}
            error={errors.legOnTop}
          />
        ) : null}
        <RadioGroup
          name="sleepsOnStomach"
          legend="Do you sleep on your stomach?"
          options={FREQUENCIES}
          inline
          value={form.sleepsOnStomach}
          onChange={(sleepsOnStomach) => edit({ sleepsOnStomach })}
          error={errors.sleepsOnStomach}
        />
      </fieldset>
      <fieldset className="field-set">
        <legend className="field-set__legend">Sport and training</legend>
        <RadioGroup
          name="asymmetricSports"
          legend="Do you play a one-sided sport, like tennis, golf or throwing?"
          options={optionsOf(SPORT_LABELS)}
          value={form.asymmetricSports}
          onChange={(asymmetricSports) => edit({ asymmetricSports })}
          error={errors.asymmetricSports}
        />
        <RadioGroup
          name="hardCoreTraining"
          legend="Do you do many sit-ups or crunches?"
          options={FREQUENCIES}
          inline
          value={form.hardCoreTraining}
          onChange={(hardCoreTraining) => edit({ hardCoreTraining })}
          error={errors.hardCoreTraining}
        />
      </fieldset>
    </>
  );
}
