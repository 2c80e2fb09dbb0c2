import type { ReactNode, Ref } from 'react';
import { cx } from './class-names';

interface AlertProps {
  tone?: 'error' | 'success' | 'info';
  children: ReactNode;
  className?: string;
  ref?: Ref<HTMLDivElement>;
}

/**
 * Errors interrupt (`role="alert"`); confirmations and notes are announced politely
 * (`role="status"`). Render it only when there is something to say, so it is announced.
 */
export function Alert({ tone = 'info', children, className, ref }: AlertProps) {
  return (
    <div
      ref={ref}
      className={cx('alert', `alert--${tone}`, className)}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      {children}
    </div>
  );
}
