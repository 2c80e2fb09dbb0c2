import type { Decision } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { waitingSentences } from './decision-words';
import type { People } from './people';

/**
 * Who we are still waiting for, and that scores stay sealed until then. A live region: when
 * someone scores, the change is read out without anyone having to look for it.
 */
export function WaitingSection({ decision, people }: { decision: Decision; people: People }) {
  return (
    <section className="card decision-waiting" aria-labelledby="decision-waiting-title">
      <h2 id="decision-waiting-title" className="visually-hidden">
        {t('decide.waiting.title')}
      </h2>
      <div role="status">
        {waitingSentences(decision, people).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <p className="decision-waiting__sealed">{t('decide.waiting.sealed')}</p>
    </section>
  );
}
