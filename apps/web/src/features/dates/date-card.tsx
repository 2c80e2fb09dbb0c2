import { Link } from 'react-router';
import type { PlannedDate } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { cx } from '../../ui/class-names';
import type { DatesContext } from './dates-context';
import { datePath } from './dates-path';
import { DateActions } from './date-actions';
import { DateFacts } from './date-facts';
import { statusWords } from './date-words';

interface DateCardProps {
  date: PlannedDate;
  context: DatesContext;
  onDone: (message: string) => void;
}

/** A date in a list: its name (leading to its page), where it stands, the facts, what I can do. */
export function DateCard({ date, context, onDone }: DateCardProps) {
  const titleId = `date-${date.id}`;
  const quiet = date.status === 'cancelled' || date.status === 'declined';
  return (
    <article
      className={cx('card date-card', `date-card--${date.status}`, quiet && 'date-card--quiet')}
      aria-labelledby={titleId}
    >
      <header className="date-card__header">
        <h4 id={titleId} className="date-card__title">
          <Link to={datePath(context.spaceId, date.id)}>{date.title}</Link>
        </h4>
        <span className={`badge date-badge date-badge--${date.status}`}>{statusWords(date)}</span>
      </header>
      <DateFacts date={date} context={context} />
      {date.memoryCount > 0 ? (
        <p className="date-card__memories">
          <Link to={datePath(context.spaceId, date.id)}>
            {t('dates.card.memories', { count: date.memoryCount })}
          </Link>
        </p>
      ) : null}
      <DateActions date={date} context={context} titleId={titleId} onDone={onDone} />
    </article>
  );
}
