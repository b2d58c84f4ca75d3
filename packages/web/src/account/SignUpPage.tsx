import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PASSWORD_MIN_LENGTH } from '@psoas/core';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { isApiError } from '../platform/json-request.ts';
import { useAccount } from './account-context.ts';
import { AccountPurpose } from './AccountPurpose.tsx';
import { formFailureOf, type FormFailure } from './auth-errors.ts';
import {
  SIGN_UP_FIELDS,
  summaryItems,
  validateSignUp,
  type SignUpField,
  type SignUpForm,
} from './auth-form.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { authPathWithNext, safeNextPath } from './next-path.ts';
import { SignedInNotice } from './SignedInNotice.tsx';
import { TextField } from './TextField.tsx';
import '../assessment/assessment.css';
import './account.css';

const EMPTY: SignUpForm = { name: '', email: '', password: '' };
const NO_FAILURE: FormFailure<SignUpField> = { fields: {}, form: null };

/** /signup: create an account, then go on to `?next=` (Today by default). */
export function SignUpPage() {
  useDocumentTitle('Create your account');
  const { state, signUp } = useAccount();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [form, setForm] = useState<SignUpForm>(EMPTY);
  const [failure, setFailure] = useState(NO_FAILURE);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const fields = validateSignUp(form);
    if (Object.keys(fields).length > 0) {
      setFailure({ fields, form: null });
      return;
    }
    setFailure(NO_FAILURE);
    setSending(true);
    try {
      await signUp(form);
      void navigate(next, { replace: true });
    } catch (error) {
      setFailure(
        isApiError(error)
          ? formFailureOf(error, SIGN_UP_FIELDS)
          : { fields: {}, form: 'Something went wrong. Try again.' },
      );
      setSending(false);
    }
  }

  const edit = (field: SignUpField) => (value: string) => setForm({ ...form, [field]: value });

  return (
    <div className="page page--narrow account-page">
      <h1>Create your account</h1>
      <AccountPurpose />
      {state.status === 'signed-in' ? (
        <SignedInNotice name={state.account.name} next={next} />
      ) : null}
      <form className="account-form panel" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary items={summaryItems(failure, SIGN_UP_FIELDS)} attempt={attempt} />
        <TextField
          name="name"
          label="Your name"
          type="text"
          autoComplete="name"
          hint="How Psoas Coach greets you. A first name is enough."
          value={form.name}
          onChange={edit('name')}
          error={failure.fields.name}
        />
        <TextField
          name="email"
          label="Email address"
          type="email"
          autoComplete="email"
          hint="You sign in with it. We do not send email."
          value={form.email}
          onChange={edit('email')}
          error={failure.fields.email}
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={
            <ul className="account-rules">
              <li>
                At least {PASSWORD_MIN_LENGTH} characters; a few words strung together work well.
              </li>
              <li>Not a common password: those on a list of well-known ones are refused.</li>
            </ul>
          }
          value={form.password}
          onChange={edit('password')}
          error={failure.fields.password}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={sending}>
            {sending ? 'Creating your account…' : 'Create account'}
          </button>
        </div>
      </form>
      <p className="account-switch">
        Already have an account? <Link to={authPathWithNext('/signin', next)}>Sign in</Link>
      </p>
    </div>
  );
}
