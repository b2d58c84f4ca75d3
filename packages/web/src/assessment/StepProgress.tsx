type StepProgressProps = {
  readonly titles: readonly string[];
  readonly current: number;
};

/** Where the person is in the wizard: a list of the steps, the current one marked. */
export function StepProgress({ titles, current }: StepProgressProps) {
  return (
    <nav className="step-progress" aria-label="Assessment steps">
      <ol className="step-progress__list">
        {titles.map((title, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li
              key={title}
              className={`step-progress__step step-progress__step--${state}`}
              aria-current={index === current ? 'step' : undefined}
            >
              <span className="step-progress__number" aria-hidden="true">
                {index < current ? '✓' : index + 1}
              </span>
              <span className="step-progress__title">
                {title}
                {state === 'done' ? <span className="visually-hidden"> (done)</span> : null}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
