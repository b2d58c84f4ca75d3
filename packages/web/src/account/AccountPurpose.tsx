/** What an account is for, said the same way on both pages. */
export function AccountPurpose() {
  return (
    <p className="lead">
      Your account keeps your assessment, plan, sessions and breaks: health data that only you can
      see. The first account created on a new Psoas Coach install becomes its administrator.
    </p>
  );
}
