import { useEffect, type ReactNode } from 'react';
import { t } from '../lib/i18n';
import { cx } from './class-names';

interface PageProps {
  title: string;
  /** The browser tab title when it should differ from the heading. */
  documentTitle?: string;
  lead?: ReactNode;
  /** Shown beside the heading, e.g. the day navigation. */
  actions?: ReactNode;
  narrow?: boolean;
  children?: ReactNode;
}

/** A screen: one h1, an optional lead paragraph, and its content. Sets the tab title. */
export function Page({ title, documentTitle, lead, actions, narrow = false, children }: PageProps) {
  const tabTitle = documentTitle ?? title;
  useEffect(() => {
    document.title = t('common.pageTitle', { title: tabTitle });
  }, [tabTitle]);

  return (
    <div className={cx('page', narrow && 'page--narrow')}>
      <header className="page__header">
        <h1 className="page__title">{title}</h1>
        {actions}
      </header>
      {lead ? <p className="page__lead">{lead}</p> : null}
      {children}
    </div>
  );
}
