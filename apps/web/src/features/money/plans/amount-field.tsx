import { t } from '../../../lib/i18n';
import { TextField, type TextFieldProps } from '../../../ui/text-field';

interface AmountFieldProps extends Omit<TextFieldProps, 'hint' | 'onChange' | 'value'> {
  currency: string;
  value: string;
  onChange: (text: string) => void;
  hint?: string;
}

/**
 * An amount as text, read exactly by `readAmount` on submit: a number input would hand back a
 * float, and would refuse "12,50" typed the way half of Europe writes it.
 */
export function AmountField({ currency, value, onChange, hint, ...rest }: AmountFieldProps) {
  return (
    <TextField
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      required
      hint={hint ?? t('money.plans.amountHint', { currency })}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      {...rest}
    />
  );
}
