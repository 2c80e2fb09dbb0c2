import { useId, type ReactNode } from 'react';
import { cx } from './class-names';
import { describedBy, FieldError } from './field';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  /** Shown large above the label; hidden from screen readers, which read the label. */
  emoji?: string;
  /** A second line, read as the option's description. */
  description?: string;
}

interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly RadioOption<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  /** `scale` lays the options out as a row of tiles (mood, energy); `list` stacks them. */
  layout?: 'scale' | 'list' | 'inline';
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** Rendered after the options, e.g. a "clear" button. */
  after?: ReactNode;
}

/** Native radios in a fieldset: arrow keys, form validation and labels all come for free. */
export function RadioGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  layout = 'list',
  hint,
  error,
  required = false,
  after,
}: RadioGroupProps<T>) {
  const id = useId();
  return (
    <fieldset
      className={cx('radio-group', `radio-group--${layout}`)}
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? true : undefined}
      aria-required={required || undefined}
    >
      <legend className="field__label" id={`${id}-legend`}>
        {legend}
      </legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="radio-group__options">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div key={option.value} className="radio">
              {/* The input lies invisibly over its face, so a tap lands on the radio itself. */}
              <div className="radio__control">
                <input
                  id={optionId}
                  className="radio__input"
                  type="radio"
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  required={required}
                  aria-describedby={option.description ? `${optionId}-description` : undefined}
                />
                <label className="radio__face" htmlFor={optionId}>
                  {option.emoji ? (
                    <span className="radio__emoji" aria-hidden="true">
                      {option.emoji}
                    </span>
                  ) : null}
                  <span className="radio__label">{option.label}</span>
                </label>
              </div>
              {option.description ? (
                <p className="radio__description" id={`${optionId}-description`}>
                  {option.description}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      {after}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
