import { assertNever } from '@psoas/core';
import type { Block } from './content/grade.ts';
import { CompareView } from './CompareView.tsx';
import { StatementView } from './StatementView.tsx';
import { UrgencyView } from './UrgencyView.tsx';

type BlockViewProps = { readonly block: Block };

export function BlockView({ block }: BlockViewProps) {
  switch (block.kind) {
    case 'text':
      return <StatementView statement={block.statement} />;
    case 'list': {
      const items = block.items.map((item) => (
        <li key={item.text}>
          <StatementView statement={item} />
        </li>
      ));
      return block.ordered ? (
        <ol className="learn-list">{items}</ol>
      ) : (
        <ul className="learn-list">{items}</ul>
      );
    }
    case 'compare':
      return <CompareView block={block} />;
    case 'figures':
      return (
        <ul className="learn-figures">
          {block.items.map((item) => (
            <li key={item.value} className="panel learn-figure">
              <span className="learn-figure__value">{item.value}</span>
              <span className="learn-figure__label">{item.label}</span>
              <StatementView statement={item.statement} />
            </li>
          ))}
        </ul>
      );
    case 'callout':
      return (
        <div className={`notice notice--${block.tone} learn-callout`}>
          <h3>{block.title}</h3>
          {block.statements.map((statement) => (
            <StatementView key={statement.text} statement={statement} />
          ))}
        </div>
      );
    case 'urgency':
      return <UrgencyView block={block} />;
    default:
      return assertNever(block);
  }
}
