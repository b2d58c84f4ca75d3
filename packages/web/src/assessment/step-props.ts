import type { IntakeForm, StepErrors } from './intake-form.ts';

/** What every intake step component receives. */
export type StepProps = {
  readonly form: IntakeForm;
  readonly errors: StepErrors;
  readonly edit: (changes: Partial<IntakeForm>) => void;
};

/** [value, label] pairs from a label table, in the table's order. */
export function optionsOf<T extends string>(labels: Readonly<Record<T, string>>) {
  return Object.entries(labels) as [T, string][];
}
