import { useState, type FormEvent } from 'react';
import { minorToDecimal, parseAmount } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { format, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { FormError } from '../../ui/form-error';
import { TextField } from '../../ui/text-field';
import type { MoneyContext } from './money-context';
import { othersOf } from './people';
import { useRemoveIncome, useSaveIncome } from './use-money';

/** My monthly income, shared or private (then the others see only the ratio). */
export function IncomeForm({ context }: { context: MoneyContext }) {
  const { spaceId, myId, members, settings, incomes } = context;
  const save = useSaveIncome(spaceId);
  const remove = useRemoveIncome(spaceId);
  const mine = incomes.find((item) => item.userId === myId);
  const [amount, setAmount] = useState<string>();
  const [keepPrivate, setKeepPrivate] = useState<boolean>();
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState<string>();
  const shownAmount =
    amount ??
    (mine?.monthlyAmount != null ? minorToDecimal(mine.monthlyAmount, settings.currency) : '');
  const shownPrivate = keepPrivate ?? mine?.private ?? false;
  const others = othersOf(members, myId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const monthlyAmount = parseAmount(shownAmount, settings.currency);
    if (!monthlyAmount || monthlyAmount < 0) {
      setInvalid(true);
      return;
    }
    setSaved(undefined);
    save.mutate(
      { monthlyAmount, private: shownPrivate },
      {
        onSuccess: () => {
          setAmount(undefined);
          setKeepPrivate(undefined);
          setSaved(t('money.income.saved'));
        },
      },
    );
  };

  const privateLabel =
    others.length === 1
      ? t('money.income.keepPrivate', { name: others[0]!.displayName })
      : t('money.income.keepPrivateAll');

  return (
    <form
      className="form income-form"
      onSubmit={submit}
      aria-label={t('money.income.formLabel')}
      noValidate
    >
      <FormError error={save.error ?? remove.error} fields={['monthlyAmount']} />
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <TextField
        label={t('money.income.mine')}
        hint={t('money.income.mineHint', { currency: settings.currency })}
        inputMode="decimal"
        autoComplete="off"
        value={shownAmount}
        onChange={(event) => {
          setInvalid(false);
          setAmount(event.target.value);
        }}
        error={
          invalid
            ? t('money.income.error', { example: format.money(250000, settings.currency) })
            : fieldError(save.error, 'monthlyAmount')
        }
      />
      <Checkbox
        label={privateLabel}
        checked={shownPrivate}
        onChange={(event) => setKeepPrivate(event.target.checked)}
      />
      <div className="button-row">
        <Button type="submit" busy={save.isPending}>
          {t('money.income.save')}
        </Button>
        {mine?.given ? (
          <Button
            variant="quiet"
            busy={remove.isPending}
            onClick={() => {
              setSaved(undefined);
              remove.mutate(undefined, {
                onSuccess: () => {
                  setAmount(undefined);
                  setSaved(t('money.income.removed'));
                },
              });
            }}
          >
            {t('money.income.remove')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
