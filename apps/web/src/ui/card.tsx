import type { HTMLAttributes } from 'react';
import { cx } from './class-names';

interface CardProps extends HTMLAttributes<HTMLElement> {
  as?: 'section' | 'article' | 'div' | 'li';
}

export function Card({ as: Element = 'section', className, ...rest }: CardProps) {
  return <Element className={cx('card', className)} {...rest} />;
}
