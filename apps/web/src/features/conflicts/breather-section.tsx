import type { ConflictTopic } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { errorMessage } from '../../lib/api/error-message';
import { clockTime } from './break-lengths';
import { BreathingCircle } from './breathing-circle';
import { useBreakClock } from './use-break-clock';
import { useResumeTopic } from './use-conflicts';

interface BreatherSectionProps {
  spaceId: string;
  topic: ConflictTopic;
  pause: NonNullable<ConflictTopic['pause']>;
  myId: string;
  /** The name of whoever asked for the break, when it was not me. */
  byName: string;
  timeZone: string;
  today: string;
}

/**
 * The calm screen while a topic rests: a breathing circle, when the break ends, what helps
 * meanwhile, and "Come back" — open by this device's clock once the twenty minutes are over
 * (the server has the last word, and says kindly if it is a moment early).
 */
export function BreatherSection({
  spaceId,
  topic,
  pause,
  myId,
  byName,
  timeZone,
  today,
}: BreatherSectionProps) {
  const resume = useResumeTopic(spaceId, topic.id);
  const { minutesLeft, canComeBack } = useBreakClock(pause);

  return (
    <section className="card resolve-breather" aria-labelledby="resolve-breather-title">
      <h2 id="resolve-breather-title" tabIndex={-1} data-resolve-focus>
        {t('resolve.breather.title')}
      </h2>
      <p>
        {pause.by === myId
          ? t('resolve.breather.byYou')
          : t('resolve.breather.byThem', { name: byName })}
      </p>
      <BreathingCircle />
      <p className="resolve-breather__back" role="status">
        {t('resolve.breather.back', { time: clockTime(pause.until, timeZone, today) })}
      </p>
      {minutesLeft === null ? (
        <p>{t('resolve.breather.ready')}</p>
      ) : (
        <p className="muted">{t('resolve.breather.left', { count: minutesLeft })}</p>
      )}
      <p>{t('resolve.breather.tip')}</p>
      <p className="muted">{t('resolve.breather.why')}</p>
      {resume.error ? <Alert tone="error">{errorMessage(resume.error)}</Alert> : null}
      <div className="button-row">
        <Button
          disabled={!canComeBack}
          busy={resume.isPending}
          aria-describedby={canComeBack ? undefined : 'resolve-breather-early'}
          onClick={() => resume.mutate(undefined)}
        >
          {t('resolve.breather.resume')}
        </Button>
      </div>
      {canComeBack ? null : (
        <p className="muted" id="resolve-breather-early">
          {t('resolve.breather.early', {
            time: clockTime(pause.resumableAt, timeZone, today),
          })}
        </p>
      )}
    </section>
  );
}
