import type { Phase } from '@psoas/core';
import { phaseLabel } from '../format/labels.ts';

type PhaseBadgeProps = { readonly phase: Phase };

export function PhaseBadge({ phase }: PhaseBadgeProps) {
  return (
    <span className={`badge badge--phase badge--${phase}`}>
      <span className="badge__dot" aria-hidden="true" />
      {phaseLabel(phase)}
    </span>
  );
}
