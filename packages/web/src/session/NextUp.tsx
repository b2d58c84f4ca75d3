import type { SessionStep } from '@psoas/core';
import { formatSeconds } from '../format/dose-format.ts';

type NextUpProps = { readonly step: SessionStep; readonly steps: readonly SessionStep[] };

/** "Next: Rest, 10 s" or "Next: Glute bridge, right side": what follows the current step. */
export function NextUp({ step, steps }: NextUpProps) {
  const next = step.next === null ? undefined : steps[step.next.index];
  return (
    <p className="player-next" data-testid="next-up">
      <span className="player-next__label">Next</span> {next ? describe(step, next) : 'The end'}
    </p>
  );
}

function describe(current: SessionStep, next: SessionStep): string {
  const seconds = formatSeconds(Math.round(next.durationMs / 1000));
  switch (next.kind) {
    case 'done':
      return 'Finish';
    case 'rest':
      return `Rest, ${seconds}`;
    case 'get-ready': {
      const side = next.side === null ? '' : `, ${next.side} side`;
      return next.reason === 'switch-sides'
        ? `Switch to the ${next.side ?? 'other'} side`
        : `${next.name}${side}`;
    }
    case 'hold': {
      const same = current.kind !== 'done' && current.exerciseId === next.exerciseId;
      const what = next.action === 'roll' ? 'Roll' : 'Hold';
      const prefix = same ? '' : `${next.name}: `;
      return `${prefix}${what} ${next.rep ?? 1} of ${next.repsPerSet}, ${formatSeconds(Math.round(next.holdMs / 1000))}`;
    }
    case 'reps': {
      const same = current.kind !== 'done' && current.exerciseId === next.exerciseId;
      const prefix = same ? '' : `${next.name}: `;
      return `${prefix}Set ${next.set ?? 1} of ${next.setsOnSide}, ${next.reps} reps`;
    }
  }
}
