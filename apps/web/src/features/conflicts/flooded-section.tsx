import { useCallback, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { RadioGroup } from '../../ui/radio-group';
import { breakChoiceLabel, breakChoices, breakMinutes, type BreakChoice } from './break-lengths';
import { usePauseTopic } from './use-conflicts';

interface FloodedSectionProps {
  spaceId: string;
  topicId: string;
  timeZone: string;
}

/**
 * "I’m flooded": when it gets too much, either of us can pause the topic for both — at least
 * twenty minutes, with a time to come back — instead of pushing on.
 */
export function FloodedSection({ spaceId, topicId, timeZone }: FloodedSectionProps) {
  const pause = usePauseTopic(spaceId, topicId);
  const [step, setStep] = useState<'idle' | 'choosing' | 'cancelled'>('idle');
  const [choice, setChoice] = useState<BreakChoice>('20');
  const focusOnMount = useCallback((node: HTMLButtonElement | null) => node?.focus(), []);
  // The choice replaces the button: carry on from the chosen length.
  const focusChoice = useCallback(
    (node: HTMLFormElement | null) => node?.querySelector<HTMLElement>('input:checked')?.focus(),
    [],
  );
  const options = breakChoices.map((value) => ({
    value,
    label: breakChoiceLabel(value),
    ...(value === 'tomorrow' ? { description: t('resolve.pause.tomorrowHint') } : {}),
  }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    pause.mutate(breakMinutes(choice, Date.now(), timeZone));
  };

  return (
    <section className="resolve-flooded" aria-labelledby="resolve-flooded-title">
      <h2 id="resolve-flooded-title" className="visually-hidden">
        {t('resolve.pause.heading')}
      </h2>
      {step === 'choosing' ? (
        <form className="form card resolve-flooded__form" onSubmit={submit} ref={focusChoice}>
          <p>{t('resolve.pause.lead')}</p>
          <FormError error={pause.error} fields={['minutes']} />
          <RadioGroup
            legend={t('resolve.pause.backIn')}
            name="backIn"
            options={options}
            value={choice}
            onChange={setChoice}
          />
          <FormActions
            submitLabel={t('resolve.pause.submit')}
            busy={pause.isPending}
            onCancel={() => setStep('cancelled')}
          />
        </form>
      ) : (
        <div className="resolve-flooded__idle">
          <Button
            variant="secondary"
            onClick={() => setStep('choosing')}
            ref={step === 'cancelled' ? focusOnMount : undefined}
            aria-describedby="resolve-flooded-hint"
          >
            {t('resolve.pause.open')}
          </Button>
          <p className="muted" id="resolve-flooded-hint">
            {t('resolve.pause.hint')}
          </p>
        </div>
      )}
    </section>
  );
}
