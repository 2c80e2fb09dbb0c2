import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { Loading } from '../../ui/loading';
import { spacePath } from '../spaces/space-paths';
import { AddEventSection } from './add-event-section';
import { BalanceSection } from './balance-section';
import { DaysSection } from './days-section';
import type { TimeContext } from './time-context';
import { useWeek } from './use-time';
import { relativeWeek, weekLinks, weekTitle } from './week-nav';

interface WeekSectionProps {
  context: TimeContext;
  /** The week shown, by its Monday in my zone. */
  monday: string;
  thisMonday: string;
}

/** The week named in my zone, the way to the weeks around it, its balance and its days. */
export function WeekSection({ context, monday, thisMonday }: WeekSectionProps) {
  const week = useWeek(context.spaceId, monday);
  const relative = relativeWeek(monday, thisMonday);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(monday);
  // "This week" is gone once there: carry on from the heading rather than the top of the page.
  useEffect(() => {
    if (shown.current === monday) return;
    shown.current = monday;
    if (document.activeElement === document.body) heading.current?.focus({ preventScroll: true });
  }, [monday]);

  let body;
  if (week.error) {
    body = <LoadError error={week.error} onRetry={() => void week.refetch()} />;
  } else if (!week.data) {
    body = <Loading />;
  } else {
    body = (
      <div className="time-week__body" aria-busy={week.isPlaceholderData || undefined}>
        <BalanceSection context={context} week={week.data} relative={relative} />
        {/* A new week starts without the last one's "removed" or "skipped" notice. */}
        <DaysSection key={monday} context={context} week={week.data} />
      </div>
    );
  }

  return (
    <section className="time-week section--first" aria-labelledby="time-week-title">
      <div className="time-week__header">
        <h2 id="time-week-title" className="time-week__title" ref={heading} tabIndex={-1}>
          {weekTitle(monday, thisMonday)}
        </h2>
        <WeekNav spaceId={context.spaceId} monday={monday} thisMonday={thisMonday} />
      </div>
      <p className="muted time-week__zone">{t('time.week.zone', { zone: context.timeZone })}</p>
      <AddEventSection context={context} day={relative === 'this' ? context.today : monday} />
      {body}
    </section>
  );
}

/** Previous / next week as links, so the week lives in the URL and Back works. */
function WeekNav({
  spaceId,
  monday,
  thisMonday,
}: Omit<WeekSectionProps, 'context'> & { spaceId: string }) {
  const base = spacePath(spaceId, 'time');
  const href = (target: string) => (target === thisMonday ? base : `${base}?week=${target}`);
  const links = weekLinks(monday, thisMonday);
  return (
    <nav className="time-week__nav" aria-label={t('time.week.navigation')}>
      <Link className="button button--secondary" to={href(links.previous)}>
        <span aria-hidden="true">← </span>
        {t('time.week.previous')}
        <span className="visually-hidden"> {t('time.week.word')}</span>
      </Link>
      <Link className="button button--secondary" to={href(links.next)}>
        {t('time.week.following')}
        <span className="visually-hidden"> {t('time.week.word')}</span>
        <span aria-hidden="true"> →</span>
      </Link>
      {links.thisWeek ? (
        <Link className="button button--quiet" to={href(thisMonday)}>
          {t('time.week.backToThis')}
        </Link>
      ) : null}
    </nav>
  );
}
