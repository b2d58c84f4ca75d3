import type { SessionStep } from '@psoas/core';
import { PhaseBadge } from '../ui/PhaseBadge.tsx';
import { stepTitle } from './step-words.ts';

type StepHeaderProps = { readonly step: SessionStep; readonly headingId: string };

function sideText(side: 'left' | 'right' | null): string {
  if (side === null) return 'Both sides';
  return side === 'left' ? 'Left side' : 'Right side';
}

/** The exercise, the kind of step, and the side, set and hold markers. */
export function StepHeader({ step, headingId }: StepHeaderProps) {
  if (step.kind === 'done') {
    return (
      <header className="player-head">
        <h2 id={headingId} className="player-head__name">
          Session complete
        </h2>
      </header>
    );
  }
  const markers = [
    { key: 'side', label: sideText(step.side) },
    ...(step.set === null ? [] : [{ key: 'set', label: `Set ${step.set} of ${step.setsOnSide}` }]),
    ...(step.kind === 'hold' && step.repsPerSet > 1
      ? [{ key: 'rep', label: `Hold ${step.rep ?? 1} of ${step.repsPerSet}` }]
      : []),
  ];
  return (
    <header className="player-head">
      <p className="player-head__kind">
        <PhaseBadge phase={step.phase} /> <span>{stepTitle(step)}</span>
      </p>
      <h2 id={headingId} className="player-head__name">
        {step.name}
      </h2>
      <ul className="player-markers" aria-label="Where you are">
        {markers.map((marker) => (
          <li key={marker.key} className="player-markers__item" data-marker={marker.key}>
            {marker.label}
          </li>
        ))}
      </ul>
      {step.keyframeLabel ? <p className="player-head__instruction">{step.keyframeLabel}</p> : null}
    </header>
  );
}
