import type { PlannedDate } from '@tandem/shared';
import { t } from '../../lib/i18n';
import type { DatesContext } from './dates-context';
import { dateWhen } from './date-when';
import { answersInWords, plannedByWords, suggestionWords } from './date-words';

interface DateFactsProps {
  date: PlannedDate;
  context: DatesContext;
}

/** When (in my zone, and in the date's own when that differs), where, its note, who said what. */
export function DateFacts({ date, context }: DateFactsProps) {
  const when = dateWhen(date, context.timeZone, context.today);
  return (
    <div className="date-facts">
      <p className="date-facts__when">
        <time dateTime={date.startAt}>{when.mine}</time>
        {when.theirs ? <span className="date-facts__zone"> ({when.theirs})</span> : null}
      </p>
      {date.place ? (
        <p className="date-facts__place">
          <span className="visually-hidden">{t('dates.facts.place')} </span>
          {date.place}
        </p>
      ) : null}
      {date.note ? <p className="date-facts__note">{date.note}</p> : null}
      {date.suggestion ? (
        <p className="date-facts__suggestion">{suggestionWords(date, context)}</p>
      ) : null}
      <ul className="date-answers" aria-label={t('dates.facts.answers')}>
        {answersInWords(date, context).map((answer) => (
          <li key={answer.userId} className={`date-answer date-answer--${answer.answer}`}>
            <span className="date-answer__mark" aria-hidden="true">
              {answer.answer === 'accepted' ? '✓' : answer.answer === 'declined' ? '✕' : '…'}
            </span>
            {answer.words}
          </li>
        ))}
      </ul>
      <p className="muted date-facts__planner">{plannedByWords(date, context)}</p>
    </div>
  );
}
