import type { MeetingStep } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { cx } from '../../../ui/class-names';
import { stepList, stepTitle } from './meeting-steps';

/** The five steps in order, the current one marked; the list numbers them for screen readers. */
export function StepIndicator({ step }: { step: MeetingStep }) {
  return (
    <ol className="meeting-steps" aria-label={t('connect.meeting.walk.steps')}>
      {stepList(step).map((item) => (
        <li
          key={item.step}
          className={cx('meeting-steps__step', `meeting-steps__step--${item.state}`)}
          aria-current={item.state === 'current' ? 'step' : undefined}
        >
          <span className="meeting-steps__number" aria-hidden="true">
            {item.number}
          </span>
          <span className="meeting-steps__title">{stepTitle(item.step)}</span>
        </li>
      ))}
    </ol>
  );
}
