import {
  CHECKLISTS_BY_ID,
  evaluateChecklist,
  type ChecklistAnswers,
  type ChecklistOutcome,
  type Lock,
} from '@psoas/core';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useAccount } from '../account/account-context.ts';
import { forgetClearance, readClearance, saveClearance } from '../platform/checklist-clearance.ts';
import { browserStorage } from '../platform/theme.ts';
import { LockSignInPrompt } from './LockSignInPrompt.tsx';

type LockGateProps = {
  readonly lock: Lock;
  /** What the lock hides: the steps, cues and figure. */
  readonly children: ReactNode;
};

/**
 * Shows a locked exercise only after its contraindication checklist is answered "no"
 * throughout (evidence.md §7.3). The check runs on the device with core's rules, so it works
 * offline and the answers never leave the browser.
 *
 * The checklist is answered signed in only, and the clearance is kept for that account
 * (checklist-clearance.ts). Signed out, the gate stays shut and offers to sign in, rather than
 * taking a device-only clearance: that is the safer choice, because a clearance kept for "this
 * browser" unlocks the exercise for the next person at it without them answering (the bug this
 * replaced). A clearance held for one page view would avoid that too, but would leave a risky
 * exercise one click away for anyone, answered by nobody in particular; an answer tied to an
 * account is only ever the answering person's, and expires for them after 28 days.
 */
export function LockGate({ lock, children }: LockGateProps) {
  const { state } = useAccount();
  if (state.status !== 'signed-in') {
    return <LockSignInPrompt lock={lock} checking={state.status === 'loading'} />;
  }
  // Keyed by account: when another account signs in on this tab, the gate starts again from
  // that account's own clearance and answers, never from the previous person's.
  return (
    <AccountLockGate key={state.account.id} accountId={state.account.id} lock={lock}>
      {children}
    </AccountLockGate>
  );
}

type AccountLockGateProps = LockGateProps & { readonly accountId: string };

function AccountLockGate({ lock, accountId, children }: AccountLockGateProps) {
  const checklist = CHECKLISTS_BY_ID[lock.checklist];
  const [clearedAt, setClearedAt] = useState(() =>
    readClearance(browserStorage(), accountId, lock.checklist, Date.now()),
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
              forgetClearance(browserStorage(), accountId, lock.checklist);
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
              saveClearance(browserStorage(), accountId, lock.checklist, now);
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
