import { t } from '../../lib/i18n';
import { useBreath } from './use-breath';

/**
 * A circle that grows as you breathe in (four seconds) and shrinks as you breathe out (six),
 * with the words beside it. Screen readers get the rhythm once, in a sentence, rather than a
 * word every few seconds; with reduced motion the circle stays still and only the words change.
 */
export function BreathingCircle() {
  const phase = useBreath();
  return (
    <div className="resolve-breath">
      <div className="resolve-breath__circle" aria-hidden="true" />
      <p className="resolve-breath__word" aria-hidden="true">
        {phase === 'in' ? t('resolve.breather.in') : t('resolve.breather.out')}
      </p>
      <p className="visually-hidden">{t('resolve.breather.rhythm')}</p>
    </div>
  );
}
