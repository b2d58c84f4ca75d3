import type { Equipment } from '@psoas/core';
import { equipmentLabel } from '../format/labels.ts';
import { CheckboxGroup } from './CheckboxGroup.tsx';
import { GOAL_LABELS } from './intake-labels.ts';
import { RadioGroup } from './RadioGroup.tsx';
import { optionsOf, type StepProps } from './step-props.ts';

const EQUIPMENT_CHOICES: readonly Exclude<Equipment, 'none'>[] = [
  'mat',
  'foam-roller',
  'ball',
  'table-or-chair',
  'wall',
  'band',
];

const MINUTES = [
  ['5', '5 minutes'],
  ['10', '10 minutes'],
  ['20', '20 minutes'],
] as const;

const SESSIONS = [
  ['1', 'Once'],
  ['2', 'Twice'],
  ['3', 'Three times'],
] as const;

export function GoalsStep({ form, errors, edit }: StepProps) {
  return (
    <>
      <CheckboxGroup
        name="goals"
        legend="What would you like to get out of this?"
        hint="Choose one or more."
        options={optionsOf(GOAL_LABELS)}
        values={form.goals}
        onChange={(goals) => edit({ goals })}
        error={errors.goals}
      />
      <RadioGroup
        name="minutesPerSession"
        legend="How long can a session take?"
        hint="Your plan will always fit in this time."
        options={MINUTES}
        inline
        value={form.minutesPerSession}
        onChange={(minutesPerSession) => edit({ minutesPerSession })}
        error={errors.minutesPerSession}
      />
      <RadioGroup
        name="sessionsPerDay"
        legend="How many times a day?"
        hint="Extra sessions repeat the stretches only."
        options={SESSIONS}
        inline
        value={form.sessionsPerDay}
        onChange={(sessionsPerDay) => edit({ sessionsPerDay })}
        error={errors.sessionsPerDay}
      />
      <CheckboxGroup
        name="equipment"
        legend="What do you have at hand?"
        hint="The floor and your own body are always counted. Tick anything else."
        options={EQUIPMENT_CHOICES.map((item) => [item, equipmentLabel(item)] as const)}
        values={form.equipment.filter((item) => item !== 'none')}
        onChange={(equipment) => edit({ equipment })}
        error={errors.equipment}
      />
    </>
  );
}
