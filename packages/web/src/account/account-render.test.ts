import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AccountState } from '../platform/account-session.ts';
import { AccountContext, type AccountValue } from './account-context.ts';
import { RequireAccount } from './RequireAccount.tsx';
import { SignInPage } from './SignInPage.tsx';
import { SignUpPage } from './SignUpPage.tsx';

const SIGNED_IN: AccountState = {
  status: 'signed-in',
  account: {
    id: 'acc-1',
    email: 'ana@example.com',
    name: 'Ana',
    role: 'person',
    createdAt: '2025-03-01T09:00:00.000Z',
  },
  csrfToken: 'tok',
};

function render(state: AccountState, path: string, page: ReactNode): string {
  const value: AccountValue = {
    state,
    signIn: () => Promise.resolve(),
    signUp: () => Promise.resolve(),
    signOut: () => Promise.resolve(),
    refresh: () => Promise.resolve(),
    forget: () => undefined,
  };
  return renderToStaticMarkup(
    createElement(
      MemoryRouter,
      { initialEntries: [path] },
      createElement(AccountContext.Provider, { value }, page),
    ),
  );
}

const guarded = createElement(RequireAccount, {
  title: 'Progress',
  children: 'the personal page',
});

describe('RequireAccount', () => {
  it('signed out, offers sign-in and sign-up that come back to the page', () => {
    const html = render({ status: 'signed-out' }, '/progress?week=2', guarded);
    expect(html).toContain('<h1>Progress</h1>');
    expect(html).toContain('href="/signin?next=%2Fprogress%3Fweek%3D2"');
    expect(html).toContain('href="/signup?next=%2Fprogress%3Fweek%3D2"');
    expect(html).not.toContain('the personal page');
  });

  it('signed in, shows the page itself', () => {
    expect(render(SIGNED_IN, '/progress', guarded)).toBe('the personal page');
  });

  it('while GET /api/me is under way, shows neither', () => {
    const html = render({ status: 'loading' }, '/progress', guarded);
    expect(html).toContain('role="status"');
    expect(html).not.toContain('the personal page');
    expect(html).not.toContain('/signin');
  });
});

describe('sign-in and sign-up pages', () => {
  it('sign-in labels its fields and asks the browser for the saved password', () => {
    const html = render(
      { status: 'signed-out' },
      '/signin?next=/breaks',
      createElement(SignInPage),
    );
    expect(html).toContain('<label class="field__label" for="field-email">Email address</label>');
    expect(html).toContain('autoComplete="current-password"');
    expect(html).toContain('href="/signup?next=%2Fbreaks"');
  });

  it('sign-up shows the password rules up front and asks for a new password', () => {
    const html = render({ status: 'signed-out' }, '/signup', createElement(SignUpPage));
    expect(html).toContain('autoComplete="new-password"');
    expect(html).toContain('At least 10 characters');
    expect(html).toContain('becomes its administrator');
    expect(html).toContain('href="/signin"');
  });

  it('a crafted ?next= to another site is not followed', () => {
    const html = render(
      { status: 'signed-out' },
      '/signin?next=//evil.example',
      createElement(SignInPage),
    );
    expect(html).not.toContain('evil.example');
  });
});
