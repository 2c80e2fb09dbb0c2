import { useId, type Ref } from 'react';
import { t } from '../../lib/i18n';
import { cx } from '../../ui/class-names';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface ScoreScaleProps {
  /** The group's accessible name: "Score for Coast". */
  label: string;
  name: string;
  value: number | undefined;
  onChange: (score: number) => void;
  invalid?: boolean;
  /** The group, so a form can bring focus to it when it still needs a score. */
  ref?: Ref<HTMLDivElement>;
}

/**
 * A score from 0 to 10 as eleven native radios: each is a large tap target on a phone (two
 * rows there), the arrow keys move along them, and a screen reader hears "7, 8 of 11".
 */
export function ScoreScale({
  label,
  name,
  value,
  onChange,
  invalid = false,
  ref,
}: ScoreScaleProps) {
  const id = useId();
  return (
    <div
      ref={ref}
      className={cx('radio-group', 'radio-group--scale', 'score-scale')}
      role="radiogroup"
      aria-label={label}
      aria-describedby={`${id}-scale`}
      aria-invalid={invalid || undefined}
    >
      <div className="radio-group__options">
        {SCORES.map((score) => {
          const optionId = `${id}-${score}`;
          return (
            <div key={score} className="radio">
              <div className="radio__control">
                <input
                  id={optionId}
                  className="radio__input"
                  type="radio"
                  name={name}
                  value={score}
                  checked={value === score}
                  onChange={() => onChange(score)}
                />
                <label className="radio__face" htmlFor={optionId}>
                  <span className="score-scale__number">{score}</span>
                </label>
              </div>
            </div>
          );
        })}
      </div>
      <p className="field__hint" id={`${id}-scale`}>
        {t('decide.ballot.scale')}
      </p>
    </div>
  );
}
