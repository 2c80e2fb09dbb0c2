import { useCallback, useId, useState } from 'react';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { breakLength, TIME_OUT_CHOICES } from './time-out';

interface TimeOutChoiceProps {
  /** A break is being asked for: the chosen length shows it is on its way. */
  pending: boolean;
  disabled: boolean;
  onChoose: (minutes: number) => void;
}

/**
 * "I need a break", then how long: a tap each for twenty minutes, half an hour or an hour. The
 * choice replaces the button and takes focus; cancelling gives the focus back to the button.
 */
export function TimeOutChoice({ pending, disabled, onChoose }: TimeOutChoiceProps) {
  const [step, setStep] = useState<'idle' | 'choosing' | 'cancelled'>('idle');
  const [chosen, setChosen] = useState<number>();
  const questionId = useId();
  // Stable, so React calls it once when the control appears rather than on every render.
  const focusOnMount = useCallback((node: HTMLButtonElement | null) => node?.focus(), []);

  if (step !== 'choosing') {
    return (
      <Button
        variant="secondary"
        disabled={disabled}
        onClick={() => setStep('choosing')}
        ref={step === 'cancelled' ? focusOnMount : undefined}
      >
        {t('connect.talk.actions.timeout')}
      </Button>
    );
  }
  return (
    <div className="talk-timeout" role="group" aria-labelledby={questionId}>
      <p className="talk-timeout__question" id={questionId}>
        {t('connect.talk.timeout.question')}
      </p>
      <div className="button-row">
        {TIME_OUT_CHOICES.map((minutes, index) => (
          <Button
            key={minutes}
            variant="secondary"
            busy={pending && chosen === minutes}
            disabled={disabled}
            ref={index === 0 ? focusOnMount : undefined}
            onClick={() => {
              setChosen(minutes);
              onChoose(minutes);
            }}
          >
            {breakLength(minutes)}
          </Button>
        ))}
        <Button variant="quiet" onClick={() => setStep('cancelled')}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
