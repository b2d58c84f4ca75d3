import { Link } from 'react-router';
import { authPathWithNext } from './next-path.ts';

/** "Sign in" and "Create account", both coming back to `next` afterwards. */
export function SignInLinks({ next }: { readonly next: string }) {
  return (
    <div className="button-row">
      <Link to={authPathWithNext('/signin', next)} className="button">
        Sign in
      </Link>
      <Link to={authPathWithNext('/signup', next)} className="button button--secondary">
        Create account
      </Link>
    </div>
  );
}
