import type { Block, UrgencyLevel } from './content/grade.ts';
import { StatementView } from './StatementView.tsx';

type UrgencyViewProps = { readonly block: Extract<Block, { kind: 'urgency' }> };

const LEVEL_LABELS: Readonly<Record<UrgencyLevel, string>> = {
  emergency: 'Emergency',
  'same-day': 'Urgent',
  'within-days': 'Soon',
};

/** One group of warning signs: how urgent, what to do, the signs, and what the app does. */
export function UrgencyView({ block }: UrgencyViewProps) {
  const titleId = `urgency-${block.level}`;
  return (
    <section
      className={`notice learn-urgency learn-urgency--${block.level}`}
      aria-labelledby={titleId}
      data-urgency={block.level}
    >
      <h3 id={titleId}>
        <span className="learn-urgency__level">
          {LEVEL_LABELS[block.level]}
          <span className="visually-hidden">: </span>
        </span>
        {block.title}
      </h3>
      <p className="learn-urgency__action">{block.action}</p>
      <ul className="learn-urgency__signs">
        {block.signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p className="learn-urgency__app">
        <strong>In Psoas Coach: </strong>
        {block.inApp}
      </p>
      <StatementView statement={block.basis} />
    </section>
  );
}
