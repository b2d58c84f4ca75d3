import type { Side } from '@psoas/core';

type SideSwitchProps = {
  readonly side: Side;
  readonly onChange: (side: Side) => void;
};

const OPTIONS: readonly { readonly side: Side; readonly label: string }[] = [
  { side: 'left', label: 'Left' },
  { side: 'right', label: 'Right' },
];

/** Two toggle buttons choosing which side the figure shows for a per-side exercise. */
export function SideSwitch({ side, onChange }: SideSwitchProps) {
  return (
    <div className="figure-side-switch" role="group" aria-labelledby="figure-side-label">
      <span id="figure-side-label" className="figure-side-switch__label">
        Side shown
      </span>
      {OPTIONS.map((option) => (
        <button
          key={option.side}
          type="button"
          className="figure-side-switch__option"
          aria-pressed={option.side === side}
          onClick={() => onChange(option.side)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
