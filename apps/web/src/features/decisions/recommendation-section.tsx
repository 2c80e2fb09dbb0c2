import type { Decision } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { ButtonLink } from '../../ui/button-link';
import { decidePath } from './decide-nav';
import { optionLabel } from './decision-words';
import type { People } from './people';
import { recommendationSentences } from './recommendation-words';

/** Opening the same question again, for new options: the list page's form, filled in. */
export const openAgainPath = (spaceId: string, question: string) =>
  `${decidePath(spaceId)}?again=${encodeURIComponent(question)}`;

interface RecommendationSectionProps {
  spaceId: string;
  decision: Decision;
  people: People;
}

/**
 * The recommendation and why, in sentences; or, when no option is left, that none works for all
 * of us this time, with a way to try new options. It never forces a choice.
 */
export function RecommendationSection({ spaceId, decision, people }: RecommendationSectionProps) {
  const recommended = decision.recommendation?.recommended ?? null;
  const sentences = recommendationSentences(decision, people);
  return (
    <section className="card section" aria-labelledby="recommendation-title">
      <h2 id="recommendation-title">{t('decide.rec.title')}</h2>
      {recommended ? (
        <>
          <p className="decision-rec__pick">
            <span className="decision-rec__lead">{t('decide.rec.pick')}</span>{' '}
            <strong>{optionLabel(decision, recommended)}</strong>
          </p>
          <p className="muted">{t('decide.rec.yourCall')}</p>
        </>
      ) : (
        <>
          <p className="decision-rec__pick">{t('decide.rec.nothing')}</p>
          <p>{t('decide.rec.nothingLead')}</p>
          {decision.phase === 'revealed' ? (
            <ButtonLink variant="secondary" to={openAgainPath(spaceId, decision.question)}>
              {t('decide.rec.openAgain')}
            </ButtonLink>
          ) : null}
        </>
      )}
      {sentences.length > 0 ? (
        <>
          <h3>{t('decide.rec.whyTitle')}</h3>
          <ul className="decision-rec__reasons">
            {sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </>
      ) : null}
      <details className="decision-rec__how">
        <summary>{t('decide.rec.howTitle')}</summary>
        <p>{t('decide.rec.how')}</p>
      </details>
    </section>
  );
}
