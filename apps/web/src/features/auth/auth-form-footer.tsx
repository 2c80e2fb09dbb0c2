import { Link } from 'react-router';

/** "New here? Create account" under a form, keeping `?next=` on the other page. */
export function AuthFormFooter({
  text,
  to,
  linkText,
}: {
  text: string;
  to: string;
  linkText: string;
}) {
  return (
    <p className="auth-footer">
      {text} <Link to={to}>{linkText}</Link>
    </p>
  );
}
