import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { t } from '../lib/i18n';
import { BrandMark } from './brand-mark';

/** The frame for people who may not be signed in: welcome, sign in, create account, invites. */
export function PublicLayoutFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="public-header">
        <Link className="brand" to="/">
          <BrandMark />
          {t('app.name')}
        </Link>
      </header>
      <main className="public-main" id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

export function PublicLayout() {
  return (
    <PublicLayoutFrame>
      <Outlet />
    </PublicLayoutFrame>
  );
}
