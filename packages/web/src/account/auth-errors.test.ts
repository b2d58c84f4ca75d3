import { describe, expect, it } from 'vitest';
import { ApiError } from '../platform/json-request.ts';
import { formFailureOf, retryAfterText } from './auth-errors.ts';

const SIGN_UP = ['name', 'email', 'password'] as const;
const SIGN_IN = ['email', 'password'] as const;

function problemError(
  code: string,
  status: number,
  extra: { errors?: { path: string; message: string }[]; retryAfterSeconds?: number } = {},
): ApiError {
  return new ApiError({
    code,
    status,
    detail: `server detail for ${code}`,
    problem: {
      type: `urn:psoas:problem:${code.toLowerCase()}`,
      title: 'x',
      status,
      detail: `server detail for ${code}`,
      code,
      ...(extra.errors ? { errors: extra.errors } : {}),
    },
    retryAfterSeconds: extra.retryAfterSeconds ?? null,
  });
}

describe('formFailureOf', () => {
  it('puts VALIDATION_FAILED issues on the fields their body path names', () => {
    const error = problemError('VALIDATION_FAILED', 400, {
      errors: [
        { path: 'body.password', message: 'Too small: expected string to have >=10 characters' },
        { path: 'body.email', message: 'an email address like ana@example.com' },
      ],
    });
    const failure = formFailureOf(error, SIGN_UP);
    expect(Object.keys(failure.fields).sort()).toEqual(['email', 'password']);
    expect(failure.form).toBeNull();
  });

  it('keeps a validation problem about something the form lacks as a form message', () => {
    const error = problemError('VALIDATION_FAILED', 400, {
      errors: [{ path: 'body', message: 'Unrecognized key: "admin"' }],
    });
    expect(formFailureOf(error, SIGN_UP)).toEqual({
      fields: {},
      form: 'server detail for VALIDATION_FAILED',
    });
  });

  it('marks the password for PASSWORD_TOO_COMMON and the email for EMAIL_TAKEN', () => {
    expect(
      Object.keys(formFailureOf(problemError('PASSWORD_TOO_COMMON', 400), SIGN_UP).fields),
    ).toEqual(['password']);
    expect(Object.keys(formFailureOf(problemError('EMAIL_TAKEN', 409), SIGN_UP).fields)).toEqual([
      'email',
    ]);
  });

  it('blames neither field on a failed sign-in, so it does not tell whether the email exists', () => {
    const failure = formFailureOf(problemError('INVALID_CREDENTIALS', 401), SIGN_IN);
    expect(failure.fields).toEqual({});
    expect(failure.form).not.toBeNull();
  });

  it('blames the password when it is the only field (deleting the account)', () => {
    const failure = formFailureOf(problemError('INVALID_CREDENTIALS', 401), ['password'] as const);
    expect(Object.keys(failure.fields)).toEqual(['password']);
    expect(failure.form).toBeNull();
  });

  it('says when to try again after TOO_MANY_ATTEMPTS', () => {
    const failure = formFailureOf(
      problemError('TOO_MANY_ATTEMPTS', 429, { retryAfterSeconds: 600 }),
      SIGN_IN,
    );
    expect(failure.form).toContain('in 10 minutes');
  });

  it('falls back to the server detail for other codes', () => {
    expect(formFailureOf(problemError('INTERNAL_ERROR', 500), SIGN_IN).form).toBe(
      'server detail for INTERNAL_ERROR',
    );
  });
});

describe('retryAfterText', () => {
  it.each([
    [null, 'later'],
    [-5, 'later'],
    [Number.NaN, 'later'],
    [0, 'in a moment'],
    [1, 'in a moment'],
    [45, 'in 45 seconds'],
    [60, 'in 1 minute'],
    [61, 'in 2 minutes'],
    [900, 'in 15 minutes'],
    [3600, 'in about 1 hour'],
    [3 * 3600 + 100, 'in about 3 hours'],
  ])('%s seconds reads "%s"', (seconds, text) => {
    expect(retryAfterText(seconds)).toBe(text);
  });
});
