import { Link } from 'react-router';

/** On /signin or /signup while already signed in: say so rather than sign in twice. */
export function SignedInNotice({ name, next }: { readonly name: string; readonly next: string }) {
  return (
    <div className="notice notice--info">
      <p>
        You are signed in as {name}. <Link to={next}>Continue</Link>, or sign out first to use
        another account.
      </p>
    </div>
  );
}
