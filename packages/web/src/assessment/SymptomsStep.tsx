import { BODY_AREAS, type BodyArea, type SymptomArea } from '@psoas/core';
import {
  AGGRAVATING_LABELS,
  AREA_LABELS,
  DURATION_LABELS,
  SIDE_LABELS,
  STIFFNESS_LABELS,
} from './intake-labels.ts';
import { CheckboxGroup } from './CheckboxGroup.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { optionsOf, type StepProps } from './step-props.ts';

const PAIN_OPTIONS = Array.from({ length: 11 }, (_, n) => [String(n), String(n)] as const);
const SIDES = optionsOf(SIDE_LABELS);

export function SymptomsStep({ form, errors, edit }: StepProps) {
  const sideOf = (area: BodyArea) => form.areas.find((entry) => entry.area === area)?.side;

  function toggleArea(area: BodyArea, checked: boolean): void {
    const others = form.areas.filter((entry) => entry.area !== area);
    const areas = checked ? [...others, { area, side: '' as const }] : others;
    edit({ areas: BODY_AREAS.flatMap((a) => areas.filter((entry) => entry.area === a)) });
  }

  function chooseSide(area: BodyArea, side: SymptomArea['side']): void {
    edit({ areas: form.areas.map((entry) => (entry.area === area ? { area, side } : entry)) });
  }

  const areasError = errors.areas;
  return (
    <>
      <fieldset
        className={`field field--group${areasError ? ' field--invalid' : ''}`}
        data-field="areas"
        aria-describedby={areasError ? 'areas-hint areas-error' : 'areas-hint'}
      >
        <legend className="field__label">Where do you feel pain or tightness?</legend>
        <p className="field__hint" id="areas-hint">
          Tick every place that applies, then say which side. Leave them all empty if nothing hurts.
        </p>
        {areasError ? (
          <p className="field__error" id="areas-error">
            {areasError}
          </p>
        ) : null}
        <ul className="area-list">
          {BODY_AREAS.map((area) => {
            const side = sideOf(area);
            const missing = areasError !== undefined && side === '';
            return (
              <li key={area} className="area-list__item">
                <label className="choice">
                  <input
                    type="checkbox"
                    name="areas"
                    value={area}
                    checked={side !== undefined}
                    onChange={(event) => toggleArea(area, event.target.checked)}
                  />
                  <span>{AREA_LABELS[area]}</span>
                </label>
                {side !== undefined ? (
                  <RadioGroup
                    name={`side-${area}`}
                    legend={
                      <>
                        Side<span className="visually-hidden"> for {AREA_LABELS[area]}</span>
                      </>
                    }
                    options={SIDES}
                    inline
                    value={side}
                    onChange={(value) => chooseSide(area, value)}
                    error={missing ? 'Choose a side.' : undefined}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <RadioGroup
        name="painNow"
        legend="How much does it hurt right now?"
        hint="0 is no pain at all, 10 is the worst pain you can imagine."
        options={PAIN_OPTIONS}
        inline
        value={form.painNow}
        onChange={(painNow) => edit({ painNow })}
        error={errors.painNow}
      />
      <RadioGroup
        name="duration"
        legend="How long have you had it?"
        options={optionsOf(DURATION_LABELS)}
        value={form.duration}
        onChange={(duration) => edit({ duration })}
        error={errors.duration}
      />
      <CheckboxGroup
        name="aggravatingFactors"
        legend="What makes it worse?"
        hint="Tick any that apply, or none."
        options={optionsOf(AGGRAVATING_LABELS)}
        values={form.aggravatingFactors}
        onChange={(aggravatingFactors) => edit({ aggravatingFactors })}
        error={errors.aggravatingFactors}
      />
      <RadioGroup
        name="stiffness"
        legend="How stiff do you feel, for example when you get up?"
        options={optionsOf(STIFFNESS_LABELS)}
        inline
        value={form.stiffness}
        onChange={(stiffness) => edit({ stiffness })}
        error={errors.stiffness}
      />
    </>
  );
}
