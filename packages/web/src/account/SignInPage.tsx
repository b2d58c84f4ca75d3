import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { isApiError } from '../platform/json-request.ts';
import { useAccount } from './account-context.ts';
import { AccountPurpose } from './AccountPurpose.tsx';
import { formFailureOf, type FormFailure } from './auth-errors.ts';
import {
  SIGN_IN_FIELDS,
  summaryItems,
  validateSignIn,
  type SignInField,
  type SignInForm,
} from './auth-form.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { authPathWithNext, safeNextPath } from './next-path.ts';
import { SignedInNotice } from './SignedInNotice.tsx';
import { TextField } from './TextField.tsx';
import '../assessment/assessment.css';
import './account.css';

const EMPTY: SignInForm = { email: '', password: '' };
const NO_FAILURE: FormFailure<SignInField> = { fields: {}, form: null };

/** /signin: sign in, then go on to `?next=` (Today by default). */
export function SignInPage() {
  useDocumentTitle('Sign in');
  const { state, signIn } = useAccount();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [form, setForm] = useState<SignInForm>(EMPTY);
  const [failure, setFailure] = useState(NO_FAILURE);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const fields = validateSignIn(form);
    if (Object.keys(fields).length > 0) {
      setFailure({ fields, form: null });
      return;
    }
    setFailure(NO_FAILURE);
    setSending(true);
    try {
      await signIn(form);
      void navigate(next, { replace: true });
    } catch (error) {
      // A wrong password is cleared, so the next try starts from an empty box.
      setForm((current) => ({ ...current, password: '' }));
      setFailure(
        isApiError(error)
          ? formFailureOf(error, SIGN_IN_FIELDS)
          : { fields: {}, form: 'Something went wrong. Try again.' },
      );
      setSending(false);
    }
  }

  const edit = (field: SignInField) => (value: string) => setForm({ ...form, [field]: value });

  return (
    <div className="page page--narrow account-page">
      <h1>Sign in</h1>
      <AccountPurpose />
      {state.status === 'signed-in' ? (
        <SignedInNotice name={state.account.name} next={next} />
      ) : null}
      <form className="account-form panel" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary items={summaryItems(failure, SIGN_IN_FIELDS)} attempt={attempt} />
        <TextField
          name="email"
          label="Email address"
          type="email"
          autoComplete="email"
          value={form.email}
          onChange={edit('email')}
          error={failure.fields.email}
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={form.password}
          onChange={edit('password')}
          error={failure.fields.password}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={sending}>
            {sending ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
      <p className="account-switch">
        New to Psoas Coach? <Link to={authPathWithNext('/signup', next)}>Create an account</Link>
      </p>
    </div>
  );
}
