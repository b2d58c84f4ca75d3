import { displayNameSchema, emailSchema, newPasswordSchema } from '@psoas/core';
import type { FieldErrors, FormFailure } from './auth-errors.ts';
import type { SummaryItem } from './ErrorSummary.tsx';

/**
 * The sign-up and sign-in forms' own checks, made before anything is sent, with core's wire
 * schemas so the rules cannot drift from the server's. The common-password list is the
 * server's; its answer comes back through auth-errors.ts.
 */

export const SIGN_UP_FIELDS = ['name', 'email', 'password'] as const;
export type SignUpField = (typeof SIGN_UP_FIELDS)[number];
export type SignUpForm = Record<SignUpField, string>;

export const SIGN_IN_FIELDS = ['email', 'password'] as const;
export type SignInField = (typeof SIGN_IN_FIELDS)[number];
export type SignInForm = Record<SignInField, string>;

export function validateSignUp(form: SignUpForm): FieldErrors<SignUpField> {
  const errors: FieldErrors<SignUpField> = {};
  if (!displayNameSchema.safeParse(form.name).success) {
    errors.name = 'Enter the name you want to be called.';
  }
  if (!emailSchema.safeParse(form.email).success) {
    errors.email = 'Enter an email address like ana@example.com.';
  }
  if (form.password.length === 0) errors.password = 'Choose a password.';
  else if (!newPasswordSchema.safeParse(form.password).success) {
    errors.password =
      form.password.length < 10 ? 'Use at least 10 characters.' : 'Use at most 200 characters.';
  }
  return errors;
}

export function validateSignIn(form: SignInForm): FieldErrors<SignInField> {
  const errors: FieldErrors<SignInField> = {};
  if (form.email.trim() === '') errors.email = 'Enter your email address.';
  if (form.password === '') errors.password = 'Enter your password.';
  return errors;
}

/** The summary's lines: the form's own message first, then the fields in the form's order. */
export function summaryItems<F extends string>(
  failure: FormFailure<F>,
  order: readonly F[],
): SummaryItem[] {
  const items: SummaryItem[] = failure.form ? [{ field: null, message: failure.form }] : [];
  for (const field of order) {
    const message = failure.fields[field];
    if (message) items.push({ field, message });
  }
  return items;
}
