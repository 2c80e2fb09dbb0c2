import { useId } from 'react';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { coachSummary } from './coach-words';
import { useWordingCoach } from './use-wording-coach';

interface WordingCoachProps {
  text: string;
  /** Puts the suggested wording in the message, for the person to make their own. */
  onUseWording: (wording: string) => void;
}

/**
 * "Wording coach", under the message: words that tend to land as an attack, why, and what to
 * say instead, with a gentler wording to start from. Advice only: it never stops the sending.
 */
export function WordingCoach({ text, onUseWording }: WordingCoachProps) {
  const notes = useWordingCoach(text);
  const titleId = useId();
  const summary = coachSummary(notes);

  return (
    <section className="resolve-coach" aria-labelledby={titleId}>
      <h3 id={titleId} className="resolve-coach__title">
        {t('resolve.coach.title')}
      </h3>
      <p className="resolve-coach__lead">{t('resolve.coach.lead')}</p>
      {/* Polite, and only after a pause in typing: a summary, never the whole list. */}
      <p className="resolve-coach__summary" role="status">
        {summary}
      </p>
      {notes.flags.length > 0 ? (
        <ul className="resolve-coach__flags">
          {notes.flags.map((flag) => (
            <li key={`${flag.ruleId}-${flag.start}`} className="resolve-coach__flag">
              <p className="resolve-coach__match">
                <span className="resolve-coach__kind">{t(`resolve.coach.kind.${flag.kind}`)}</span>{' '}
                <q>
                  <mark>{flag.match}</mark>
                </q>
              </p>
              <p>{flag.why}</p>
              <p>
                <span className="resolve-coach__instead">{t('resolve.coach.instead')}</span>{' '}
                {flag.instead}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {notes.suggestion ? (
        <div className="resolve-coach__suggestion">
          <p className="resolve-coach__instead">{t('resolve.coach.suggestion')}</p>
          <blockquote className="resolve-coach__wording">{notes.suggestion}</blockquote>
          <Button variant="secondary" onClick={() => onUseWording(notes.suggestion ?? '')}>
            {t('resolve.coach.use')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
