import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { EXPORT_JSON_URL } from '../account/account-api.ts';
import { useAccount } from '../account/account-context.ts';
import { accountApi } from '../account/account-api.ts';
import { formFailureOf } from '../account/auth-errors.ts';
import { ErrorSummary, type SummaryItem } from '../account/ErrorSummary.tsx';
import { TextField } from '../account/TextField.tsx';
import { isApiError } from '../platform/json-request.ts';
import { forgetPersonOnThisDevice } from './forget-person.ts';

const ID_PREFIX = 'delete';

type Step = 'password' | 'confirm';

/**
 * Deleting the account (issue 7): the password again, so a borrowed browser that is signed in
 * cannot do it, then a second, explicit confirmation, because nothing can bring the data back.
 */
export function DeleteAccountSection({ email }: { readonly email: string }) {
  const { state, forget } = useAccount();
  const accountId = state.status === 'signed-in' ? state.account.id : null;
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>('password');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<readonly SummaryItem[]>([]);
  const [passwordError, setPasswordError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  function fail(field: string | undefined, form: string | null): void {
    setPasswordError(field);
    setProblems([
      ...(form ? [{ field: null, message: form }] : []),
      ...(field ? [{ field: 'password', message: field }] : []),
    ]);
    setAttempt((count) => count + 1);
  }

  function onContinue(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (password === '') {
      fail('Enter your password to delete your account.', null);
      return;
    }
    setProblems([]);
    setPasswordError(undefined);
    setStep('confirm');
    // The confirmation replaces the button just pressed: move focus to what it asks.
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  async function deleteNow(): Promise<void> {
    setSending(true);
    try {
      await accountApi.deleteAccount(password);
      // The server has forgotten the person; so does this device: their queued sessions and
      // break events, resume state, caches and checklist answers (forget-person.ts). Before
      // forget(), so nothing of theirs is left to send or show once signed out.
      if (accountId !== null) forgetPersonOnThisDevice(accountId);
      forget();
      void navigate('/', { state: { notice: 'account-deleted' } });
    } catch (error) {
      setSending(false);
      setStep('password');
      setPassword('');
      const failure = isApiError(error)
        ? formFailureOf(error, ['password'] as const)
        : { fields: {}, form: 'Something went wrong. Try again.' };
      fail(failure.fields.password, failure.form);
    }
  }

  return (
    <section className="settings-section panel" aria-labelledby="delete-account">
      <h2 id="delete-account">Delete account</h2>
      <p>
        Deleting your account removes it and everything in it from this server: your assessments and
        screenings, plan and progression, sessions, feedback, break settings and history, access
        tokens and sign-in activity. It cannot be undone.
      </p>
      <p>
        To keep a copy,{' '}
        <a href={EXPORT_JSON_URL} download>
          download everything
        </a>{' '}
        first; you can import it into a new account later.
      </p>
      {step === 'password' ? (
        <form noValidate onSubmit={onContinue}>
          <ErrorSummary items={problems} attempt={attempt} idPrefix={ID_PREFIX} />
          <TextField
            idPrefix={ID_PREFIX}
            name="password"
            label="Your password"
            type="password"
            autoComplete="current-password"
            hint="Asked again so nobody else at a signed-in browser can delete your account."
            value={password}
            onChange={setPassword}
            error={passwordError}
          />
          <button type="submit" className="button button--secondary">
            Delete my account…
          </button>
        </form>
      ) : (
        <div className="notice notice--error">
          <h3 ref={confirmRef} tabIndex={-1}>
            Delete the account {email} and all its data?
          </h3>
          <p>This is the last step. There is no way back.</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={sending}
              onClick={() => void deleteNow()}
            >
              {sending ? 'Deleting…' : 'Yes, delete everything'}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={sending}
              onClick={() => {
                setStep('password');
                setPassword('');
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
