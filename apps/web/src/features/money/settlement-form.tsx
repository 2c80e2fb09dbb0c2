import { useState, type FormEvent } from 'react';
import { parseAmount } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Checkbox } from '../../ui/checkbox';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { focusFirstControl } from '../chores/focus-first-control';
import { currencyOptions } from './currency-options';
import type { SettlementBody } from './money-api';
import type { MoneyContext } from './money-context';
import { useRecordSettlement } from './use-money';

interface SettlementFormProps {
  context: MoneyContext;
  /** The suggested payments, the first of which fills the form in. */
  suggested: SettlementBody[] | undefined;
  onSaved: (payment: SettlementBody) => void;
  onCancel: () => void;
}

const fields = ['from', 'to', 'amount', 'currency', 'settledOn', 'paid.amount', 'paid.currency'];

/**
 * A payment other than the suggested ones: part of a debt, or paid in another currency at a
 * rate the two agreed (what was paid, against the debt it settles).
 */
export function SettlementForm({ context, suggested, onSaved, onCancel }: SettlementFormProps) {
  const { spaceId, members, myId, settings, today } = context;
  const record = useRecordSettlement(spaceId);
  const first = suggested?.[0];
  const other = members.find((m) => m.userId !== myId)?.userId ?? myId;
  const [draft, setDraft] = useState({
    from: first?.from ?? myId,
    to: first?.to ?? other,
    amount: '',
    currency: first?.currency ?? settings.currency,
    settledOn: today,
    otherCurrency: false,
    paidAmount: '',
    paidCurrency: settings.currency,
  });
  const [local, setLocal] = useState<Partial<Record<string, string>>>({});
  const set = (changes: Partial<typeof draft>) => {
    setDraft((current) => ({ ...current, ...changes }));
    setLocal({});
  };
  const errorOf = (path: string) => local[path] ?? fieldError(record.error, path);
  const nameFor = (userId: string) =>
    userId === myId
      ? t('money.form.you')
      : (members.find((m) => m.userId === userId)?.displayName ?? '');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const amount = parseAmount(draft.amount, draft.currency);
    const paid = draft.otherCurrency ? parseAmount(draft.paidAmount, draft.paidCurrency) : null;
    const problems: Record<string, string> = {};
    if (!amount || amount < 0) problems.amount = t('money.settle.error.amount');
    if (draft.otherCurrency && (!paid || paid < 0)) {
      problems['paid.amount'] = t('money.settle.error.amount');
    }
    if (draft.from === draft.to) problems.to = t('money.settle.error.same');
    if (Object.keys(problems).length > 0 || !amount) {
      setLocal(problems);
      return;
    }
    const body: SettlementBody = {
      from: draft.from,
      to: draft.to,
      amount,
      currency: draft.currency,
      settledOn: draft.settledOn,
    };
    if (draft.otherCurrency && paid) body.paid = { amount: paid, currency: draft.paidCurrency };
    record.mutate(body, { onSuccess: () => onSaved(body) });
  };

  const currencies = currencyOptions([
    settings.currency,
    ...(suggested ?? []).map((s) => s.currency),
  ]);
  const currencyChoices = currencies.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
  const people = members.map((member) => (
    <option key={member.userId} value={member.userId}>
      {nameFor(member.userId)}
    </option>
  ));

  return (
    <form
      className="form settle-form"
      onSubmit={submit}
      aria-label={t('money.settle.title')}
      ref={focusFirstControl}
      noValidate
    >
      <h3>{t('money.settle.title')}</h3>
      <FormError error={record.error} fields={fields} />
      <div className="money-row">
        <SelectField
          label={t('money.settle.from')}
          value={draft.from}
          onChange={(event) => set({ from: event.target.value })}
          error={errorOf('from')}
        >
          {people}
        </SelectField>
        <SelectField
          label={t('money.settle.to')}
          value={draft.to}
          onChange={(event) => set({ to: event.target.value })}
          error={errorOf('to')}
        >
          {people}
        </SelectField>
      </div>
      <div className="money-row">
        <TextField
          label={t('money.settle.amount')}
          inputMode="decimal"
          autoComplete="off"
          required
          value={draft.amount}
          onChange={(event) => set({ amount: event.target.value })}
          error={errorOf('amount')}
        />
        <SelectField
          label={t('money.settle.currency')}
          value={draft.currency}
          onChange={(event) => set({ currency: event.target.value })}
          error={errorOf('currency')}
        >
          {currencyChoices}
        </SelectField>
      </div>
      <TextField
        label={t('money.settle.on')}
        type="date"
        required
        value={draft.settledOn}
        onChange={(event) => set({ settledOn: event.target.value })}
        error={errorOf('settledOn')}
      />
      <Checkbox
        label={t('money.settle.otherCurrency')}
        hint={t('money.settle.otherCurrencyHint')}
        checked={draft.otherCurrency}
        onChange={(event) => set({ otherCurrency: event.target.checked })}
      />
      {draft.otherCurrency ? (
        <div className="money-row">
          <TextField
            label={t('money.settle.paidAmount')}
            inputMode="decimal"
            autoComplete="off"
            required
            value={draft.paidAmount}
            onChange={(event) => set({ paidAmount: event.target.value })}
            error={errorOf('paid.amount')}
          />
          <SelectField
            label={t('money.settle.paidCurrency')}
            value={draft.paidCurrency}
            onChange={(event) => set({ paidCurrency: event.target.value })}
            error={errorOf('paid.currency')}
          >
            {currencyChoices}
          </SelectField>
        </div>
      ) : null}
      <FormActions
        submitLabel={t('money.settle.save')}
        busy={record.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
