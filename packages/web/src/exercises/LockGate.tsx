import {
  CHECKLISTS_BY_ID,
  evaluateChecklist,
  type ChecklistAnswers,
  type ChecklistOutcome,
  type Lock,
} from '@psoas/core';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { forgetClearance, readClearance, saveClearance } from '../platform/checklist-clearance.ts';

type LockGateProps = {
  readonly lock: Lock;
  /** What the lock hides: the steps, cues and figure. */
  readonly children: ReactNode;
};

const storage = (): Storage | undefined =>
  typeof window === 'undefined' ? undefined : window.localStorage;

/**
 * Shows a locked exercise only after its contraindication checklist is answered "no"
 * throughout (evidence.md §7.3). The check runs on the device with core's rules, so it works
 * offline and the answers never leave the browser.
 */
export function LockGate({ lock, children }: LockGateProps) {
  const checklist = CHECKLISTS_BY_ID[lock.checklist];
  const [clearedAt, setClearedAt] = useState(() =>
    readClearance(storage(), lock.checklist, Date.now()),
  );
  const [outcome, setOutcome] = useState<ChecklistOutcome | null>(null);

  if (clearedAt) {
    return (
      <>
        <aside
          className="notice notice--warning lock-notice"
          aria-label="Safety checklist answered"
        >
          <p>
            <strong>You answered the safety checklist</strong> on this device on{' '}
            {clearedAt.toLocaleDateString(undefined, { dateStyle: 'long' })}. If anything on it has
            changed for you, stop and answer it again.
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              forgetClearance(storage(), lock.checklist);
              setClearedAt(null);
              setOutcome(null);
            }}
          >
            Answer the checklist again
          </button>
        </aside>
        {children}
      </>
    );
  }

  return (
    <section className="lock-gate panel" aria-labelledby="lock-heading">
      <h2 id="lock-heading">Locked: answer the safety checklist first</h2>
      <p>{lock.reason}</p>
      <p>{checklist.intro}</p>
      {outcome && !outcome.cleared && outcome.yes.length > 0 ? (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>This one is not for you.</strong> {checklist.ifAnyYes}
          </p>
          <p>
            <Link to="/exercises/kneeling-hip-flexor-stretch">
              Open the kneeling hip flexor stretch
            </Link>
          </p>
        </div>
      ) : (
        <ChecklistForm
          lock={lock}
          missing={outcome && !outcome.cleared ? outcome.unanswered : []}
          onAnswered={(answers) => {
            const result = evaluateChecklist(checklist, answers);
            setOutcome(result);
            if (result.cleared) {
              const now = new Date();
              saveClearance(storage(), lock.checklist, now);
              setClearedAt(now);
            }
          }}
        />
      )}
    </section>
  );
}

type ChecklistFormProps = {
  readonly lock: Lock;
  readonly missing: readonly string[];
  readonly onAnswered: (answers: ChecklistAnswers) => void;
};

function ChecklistForm({ lock, missing, onAnswered }: ChecklistFormProps) {
  const checklist = CHECKLISTS_BY_ID[lock.checklist];
  const [answers, setAnswers] = useState<ChecklistAnswers>({});
  const formId = useId();

  function submit(event: FormEvent): void {
    event.preventDefault();
    onAnswered(answers);
  }

  return (
    <form className="checklist" onSubmit={submit} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{checklist.title}</h3>
      {missing.length > 0 ? (
        <p className="notice notice--error" role="alert">
          Please answer every question: {missing.length === 1 ? 'one is' : `${missing.length} are`}{' '}
          still open.
        </p>
      ) : null}
      <ol className="checklist__questions">
        {checklist.questions.map((q, index) => (
          <li key={q.id}>
            <fieldset
              className="checklist__question"
              aria-invalid={missing.includes(q.id) ? true : undefined}
            >
              <legend>
                <span className="checklist__number">{index + 1}.</span> {q.question}
              </legend>
              <div className="checklist__choices">
                {(['no', 'yes'] as const).map((value) => (
                  <label key={value} className="choice">
                    <input
                      type="radio"
                      name={`${formId}-${q.id}`}
                      value={value}
                      checked={answers[q.id] === value}
                      onChange={() => setAnswers((previous) => ({ ...previous, [q.id]: value }))}
                    />
                    {value === 'no' ? 'No' : 'Yes'}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="submit" className="button">
        Check my answers
      </button>
    </form>
  );
}
