import { useCallback, useState } from 'react';
import type { Member } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { RaiseForm } from './raise-form';

interface RaiseSectionProps {
  spaceId: string;
  myId: string;
  members: readonly Member[];
}

/** "Raise something": a button, then the form in its place; cancelling gives the button back. */
export function RaiseSection({ spaceId, myId, members }: RaiseSectionProps) {
  const [step, setStep] = useState<'idle' | 'writing' | 'cancelled'>('idle');
  const focusOnMount = useCallback((node: HTMLButtonElement | null) => node?.focus(), []);

  return (
    <section className="card resolve-raise-section" aria-labelledby="resolve-raise-title">
      <h2 id="resolve-raise-title">{t('resolve.raise.heading')}</h2>
      {step === 'writing' ? (
        <RaiseForm
          spaceId={spaceId}
          myId={myId}
          members={members}
          onCancel={() => setStep('cancelled')}
        />
      ) : (
        <>
          <p className="muted">{t('resolve.raise.intro')}</p>
          <Button
            onClick={() => setStep('writing')}
            ref={step === 'cancelled' ? focusOnMount : undefined}
          >
            {t('resolve.raise.open')}
          </Button>
        </>
      )}
    </section>
  );
}
