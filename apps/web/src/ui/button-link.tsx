import { Link, type LinkProps } from 'react-router';
import type { ButtonVariant } from './button';
import { cx } from './class-names';

/** A link that looks like a button: navigation stays a link for assistive technology. */
export function ButtonLink({
  variant = 'primary',
  className,
  ...rest
}: LinkProps & { variant?: ButtonVariant }) {
  return <Link className={cx('button', `button--${variant}`, className)} {...rest} />;
}
