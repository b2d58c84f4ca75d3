import type { ApiError } from '../platform/json-request.ts';

/**
 * Server answers to the account forms, turned into words next to the fields and in the error
 * summary. Codes are matched here, once (CONVENTIONS: web turns codes into human text in one
 * place); the server's own `detail` is the fallback for anything not listed.
 */

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export type FormFailure<F extends string> = {
  /** Messages for fields the answer points at, e.g. the password that is too common. */
  readonly fields: FieldErrors<F>;
  /** What concerns the whole form (wrong credentials, try later, offline); null if none. */
  readonly form: string | null;
};

/** Words for `errors[].message` of VALIDATION_FAILED, which the server writes for developers. */
const FIELD_MESSAGES: Readonly<Record<string, string>> = {
  email: 'Enter an email address like ana@example.com.',
  password: 'Use at least 10 characters.',
  name: 'Enter the name you want to be called.',
};

/**
 * Maps a failed sign-up, sign-in or deletion to field and form messages. Field paths come as
 * "body.password"; fields the form does not have fall to the form message.
 *
 * Sign-in never says which of email or password was wrong: that would tell a stranger whether
 * an account exists (issue 7). Sign-up's EMAIL_TAKEN cannot be hidden (the server refuses the
 * email), so its wording stays neutral and points to signing in, the person's likely intent.
 */
export function formFailureOf<F extends string>(
  error: ApiError,
  fields: readonly F[],
): FormFailure<F> {
  const isField = (name: string): name is F => (fields as readonly string[]).includes(name);
  switch (error.code) {
    case 'VALIDATION_FAILED': {
      const found: FieldErrors<F> = {};
      for (const issue of error.problem?.errors ?? []) {
        const name = issue.path.replace(/^body\.?/, '').split('.')[0] ?? '';
        if (isField(name) && found[name] === undefined) {
          found[name] = FIELD_MESSAGES[name] ?? `Check this field: ${issue.message}.`;
        }
      }
      return Object.keys(found).length > 0
        ? { fields: found, form: null }
        : { fields: {}, form: error.detail };
    }
    case 'PASSWORD_TOO_COMMON':
      return fieldOr(
        fields,
        'password',
        'This password is on a list of common passwords. Choose another one.',
      );
    case 'EMAIL_TAKEN':
      return fieldOr(
        fields,
        'email',
        'This email cannot be used for a new account. If you already have one, sign in instead.',
      );
    case 'INVALID_CREDENTIALS':
      return isField('email')
        ? {
            fields: {},
            form: 'That email and password do not match an account. Check both and try again.',
          }
        : fieldOr(fields, 'password', 'That password is not right. Try again.');
    case 'TOO_MANY_ATTEMPTS':
      return {
        fields: {},
        form: `Too many attempts to sign in. For your safety, try again ${retryAfterText(error.retryAfterSeconds)}.`,
      };
    default:
      return { fields: {}, form: error.detail };
  }
}

function fieldOr<F extends string>(
  fields: readonly F[],
  field: string,
  message: string,
): FormFailure<F> {
  const match = fields.find((candidate) => candidate === field);
  return match === undefined
    ? { fields: {}, form: message }
    : { fields: { [match]: message } as FieldErrors<F>, form: null };
}

/** "in 45 seconds", "in 15 minutes", "in about 2 hours"; "later" when the server gave no time. */
export function retryAfterText(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return 'later';
  if (seconds <= 1) return 'in a moment';
  if (seconds < 60) return `in ${Math.ceil(seconds)} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes === 1) return 'in 1 minute';
  if (minutes < 60) return `in ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours === 1 ? 'in about 1 hour' : `in about ${hours} hours`;
}
