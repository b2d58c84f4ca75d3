import type { PlanItem } from '@psoas/core';
import { Link } from 'react-router';
import { PhaseBadge } from '../ui/PhaseBadge.tsx';
import { formatEstimate, formatItemDose } from './plan-format.ts';

type SessionListProps = { readonly items: readonly PlanItem[] };

/** Today's exercises in order: name (to its page), dose, the reason in one line, and time. */
export function SessionList({ items }: SessionListProps) {
  return (
    <ol className="session-list">
      {items.map((item) => (
        <li key={item.exerciseId} className="session-item" data-exercise={item.exerciseId}>
          <div className="session-item__head">
            <h3 className="session-item__name">
              <Link to={`/exercises/${item.exerciseId}`}>{item.name}</Link>
            </h3>
            <span className="session-item__time">
              <span className="visually-hidden">Takes about </span>
              {formatEstimate(item.estimatedSeconds)}
            </span>
          </div>
          <p className="session-item__dose">
            <PhaseBadge phase={item.phase} /> {formatItemDose(item)}
          </p>
          <p className="session-item__reason">{item.reason}</p>
        </li>
      ))}
    </ol>
  );
}
