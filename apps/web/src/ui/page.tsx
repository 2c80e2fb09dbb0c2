import { useEffect, useRef, type ReactNode } from 'react';
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

/** Whether a page has been shown yet; on the first one, focus stays where the browser put it. */
const pagesShown = { count: 0 };

/**
 * A screen: one h1, an optional lead paragraph, and its content. Sets the tab title and, after
 * client-side navigation, moves focus to the heading so screen readers announce the new page.
 */
export function Page({ title, documentTitle, lead, actions, narrow = false, children }: PageProps) {
  const tabTitle = documentTitle ?? title;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('common.pageTitle', { title: tabTitle });
  }, [tabTitle]);
  useEffect(() => {
    if (pagesShown.count > 0) heading.current?.focus();
    pagesShown.count += 1;
  }, []);
  // The same screen with another title (the next day, say) may have lost the control that got
  // there ("Next day" is gone on reaching today): start again from the heading, not the top.
  const titleShown = useRef(title);
  useEffect(() => {
    if (titleShown.current === title) return;
    titleShown.current = title;
    if (document.activeElement === document.body) heading.current?.focus({ preventScroll: true });
  }, [title]);

  return (
    <div className={cx('page', narrow && 'page--narrow')}>
      <header className="page__header">
        <h1 className="page__title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions}
      </header>
      {lead ? <p className="page__lead">{lead}</p> : null}
      {children}
    </div>
  );
}
