import type { ConflictTopic } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { cx } from '../../ui/class-names';
import { currentStep, topicSteps } from './topic-words';

/**
 * Where we are, as a short numbered list: the current step is marked in words ("now") and for
 * screen readers, not by colour alone.
 */
export function TopicSteps({ topic }: { topic: Pick<ConflictTopic, 'phase' | 'agreement'> }) {
  const now = currentStep(topic);
  const nowIndex = topicSteps.indexOf(now);
  return (
    <nav aria-label={t('resolve.steps.label')}>
      <ol className="resolve-steps">
        {topicSteps.map((step, index) => (
          <li
            key={step}
            className={cx(
              'resolve-steps__step',
              step === now && 'resolve-steps__step--now',
              index < nowIndex && 'resolve-steps__step--done',
            )}
            aria-current={step === now ? 'step' : undefined}
          >
            {t(`resolve.steps.${step}`)}
            {step === now ? (
              <span className="resolve-steps__now"> {t('resolve.steps.now')}</span>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
