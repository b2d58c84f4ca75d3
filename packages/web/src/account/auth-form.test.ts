import { describe, expect, it } from 'vitest';
import { summaryItems, validateSignIn, validateSignUp } from './auth-form.ts';

describe('validateSignUp', () => {
  it('accepts a complete form', () => {
    expect(
      validateSignUp({ name: 'Ana', email: 'ana@example.com', password: 'correct horse' }),
    ).toEqual({});
  });

  it('flags an empty name, a malformed email and a short password', () => {
    const errors = validateSignUp({ name: '  ', email: 'ana@', password: 'short' });
    expect(Object.keys(errors).sort()).toEqual(['email', 'name', 'password']);
  });

  it('takes exactly 10 characters as long enough', () => {
    expect(validateSignUp({ name: 'Ana', email: 'a@b.co', password: '1234567890' })).toEqual({});
    expect(
      validateSignUp({ name: 'Ana', email: 'a@b.co', password: '123456789' }).password,
    ).toBeDefined();
  });
});

describe('validateSignIn', () => {
  it('asks for both fields without judging the password', () => {
    expect(Object.keys(validateSignIn({ email: '', password: '' })).sort()).toEqual([
      'email',
      'password',
    ]);
    expect(validateSignIn({ email: 'ana@example.com', password: 'x' })).toEqual({});
  });
});

describe('summaryItems', () => {
  it('lists the form message first, then fields in form order, each linked to its field', () => {
    const items = summaryItems({ fields: { password: 'p', email: 'e' }, form: 'whole form' }, [
      'email',
      'password',
    ] as const);
    expect(items).toEqual([
      { field: null, message: 'whole form' },
      { field: 'email', message: 'e' },
      { field: 'password', message: 'p' },
    ]);
  });
});
