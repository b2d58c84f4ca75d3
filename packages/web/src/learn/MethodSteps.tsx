import { ALONGSIDE, METHOD_STEPS, type MethodStep } from './content/method.ts';
import { GradeMarker } from './GradeMarker.tsx';

type Variant = 'glance' | 'detail';

type MethodStepsProps = {
  /** "glance": names and a few words; "detail": each step's explanation with its grade. */
  readonly variant: Variant;
  /** Unique per page: labels the list of what runs alongside the method. */
  readonly alongsideLabelId: string;
};

/** The care method in order, then what runs alongside it. */
export function MethodSteps({ variant, alongsideLabelId }: MethodStepsProps) {
  return (
    <>
      <ol className={variant === 'glance' ? 'method-steps' : 'method-steps method-steps--detail'}>
        {METHOD_STEPS.map((step) => (
          <Step key={step.phase} step={step} variant={variant} />
        ))}
      </ol>
      <p id={alongsideLabelId} className="method-alongside__label">
        Alongside, not in sequence
      </p>
      <ul className="method-alongside" aria-labelledby={alongsideLabelId}>
        {ALONGSIDE.map((step) => (
          <Step key={step.phase} step={step} variant={variant} />
        ))}
      </ul>
    </>
  );
}

type StepProps = { readonly step: MethodStep; readonly variant: Variant };

function Step({ step, variant }: StepProps) {
  return (
    <li className={`method-step method-step--${step.phase}`}>
      <span className="method-step__name">{step.name}</span>
      <span className="method-step__gist">{step.gist}</span>
      {variant === 'detail' ? (
        <p>
          {step.statement.text}
          <GradeMarker grade={step.statement.grade} />
        </p>
      ) : null}
    </li>
  );
}
