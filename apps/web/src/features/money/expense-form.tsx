import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  expenseCategories,
  parseAmount,
  type Expense,
  type ExpenseCategory,
  type IncomesView,
  type Member,
  type MoneySettings,
} from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import {
  expenseBodyOf,
  expenseDraftOf,
  expensePatch,
  newExpenseDraft,
  SEVERAL_PAYERS,
  type DraftErrors,
  type ExpenseDraft,
} from './expense-draft';
import { errorUnder, shownPaths } from './field-errors';
import { nameOf } from './people';
import { splitRuleOf } from './split-draft';
import { incomesForPreview, previewShares, ruleInWords, sharesInWords } from './split-words';
import { ExpenseMoreFields } from './expense-more-fields';
import { useCreateExpense, useUpdateExpense } from './use-money';

/** Shown next to a field (or inside "More details"); anything else is listed above the form. */
const mainFields = ['amount', 'description', 'category'];
const moreFields = ['spentOn', 'currency', 'privacy', 'payers', 'participants', 'split'];

interface ExpenseFormProps {
  spaceId: string;
  myId: string;
  members: readonly Member[];
  settings: MoneySettings;
  incomes: IncomesView['items'];
  today: string;
  /** The expense to edit; without one, the form adds a new one. */
  expense?: Expense | undefined;
  /** An accessible name for the form. */
  label: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

const isCategory = (value: string): value is ExpenseCategory =>
  (expenseCategories as readonly string[]).includes(value);

/**
 * Adds an expense in a few taps — amount, what for, category — with everything else (date,
 * currency, who paid, who shares it, how, who sees it) under "More details", and a preview of
 * who pays what before it is saved. Edits one the same way.
 */
export function ExpenseForm(props: ExpenseFormProps) {
  const { spaceId, myId, members, settings, today, expense, label } = props;
  const create = useCreateExpense(spaceId);
  const update = useUpdateExpense(spaceId, expense?.id ?? '');
  const save = expense ? update : create;
  const [initial] = useState<ExpenseDraft>(() =>
    expense
      ? expenseDraftOf(expense)
      : newExpenseDraft({
          myId,
          memberIds: members.map((m) => m.userId),
          today,
          currency: settings.currency,
        }),
  );
  const [draft, setDraft] = useState(initial);
  const [moreOpen, setMoreOpen] = useState(false);
  // Keyed, so the same problem found twice still moves focus to it.
  const [local, setLocal] = useState<{ errors: DraftErrors; key: number }>({ errors: {}, key: 0 });
  const form = useRef<HTMLFormElement>(null);
  const amountInput = useRef<HTMLInputElement>(null);
  const id = useId();
  // The button that opened the form is gone: the amount comes first.
  useEffect(() => amountInput.current?.focus(), []);
  useEffect(() => {
    if (local.key === 0) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    // A group is marked on its fieldset; the place to type is its first field.
    const target =
      invalid instanceof HTMLFieldSetElement
        ? invalid.querySelector<HTMLElement>('input, select')
        : invalid;
    target?.focus();
  }, [local]);

  const usualRule = settings.categorySplits[draft.category] ?? settings.defaultSplit;
  const errorOf = (path: string) => local.errors[path] ?? errorUnder(save.error, path);
  const showMore = moreOpen || moreFields.some((path) => errorOf(path) !== undefined);
  const change = (changes: Partial<ExpenseDraft>) => {
    setDraft((current) => ({ ...current, ...changes }));
    if (Object.keys(local.errors).length > 0) setLocal((l) => ({ errors: {}, key: l.key }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = expenseBodyOf(draft, myId, expense ? usualRule : undefined);
    if (!outcome.ok) {
      setLocal((l) => ({ errors: outcome.errors, key: l.key + 1 }));
      return;
    }
    const { body } = outcome;
    let request: Promise<unknown>;
    if (expense) {
      const before = expenseBodyOf(initial, myId, usualRule);
      const patch = before.ok ? expensePatch(before.body, body) : body;
      request = Object.keys(patch).length > 0 ? update.mutateAsync(patch) : Promise.resolve();
    } else {
      request = create.mutateAsync(body);
    }
    const words = {
      what: body.description,
      amount: format.money(body.amount, body.currency ?? settings.currency),
    };
    request.then(
      () => props.onSaved(t(expense ? 'money.form.saved' : 'money.form.added', words)),
      () => undefined, // shown by FormError and next to the fields
    );
  };

  const people = members.filter((m) => draft.participants.includes(m.userId)).map((m) => m.userId);
  const preview = previewOf(draft, people, usualRule, props);
  const author =
    expense && expense.createdBy !== myId ? nameOf(members, expense.createdBy) : undefined;
  const payerWords =
    draft.payer === SEVERAL_PAYERS
      ? t('money.form.summary.several')
      : draft.payer === myId
        ? t('common.you')
        : nameOf(members, draft.payer);
  const summary = t('money.form.summary', {
    day: draft.spentOn === today ? t('money.form.today') : format.shortDay(draft.spentOn),
    currency: draft.currency,
    payer: payerWords,
    privacy: t(`money.privacy.${draft.privacy}`),
  });

  return (
    <form className="form expense-form" onSubmit={submit} aria-label={label} ref={form} noValidate>
      <FormError
        error={save.error}
        fields={shownPaths(save.error, [...mainFields, ...moreFields])}
      />
      <TextField
        ref={amountInput}
        className="input input--amount"
        label={t('money.form.amount')}
        hint={t('money.form.amountHint', { currency: draft.currency })}
        inputMode="decimal"
        autoComplete="off"
        enterKeyHint="next"
        required
        value={draft.amount}
        onChange={(event) => change({ amount: event.target.value })}
        error={errorOf('amount')}
      />
      <TextField
        label={t('money.form.description')}
        required
        maxLength={200}
        autoComplete="off"
        value={draft.description}
        onChange={(event) => change({ description: event.target.value })}
        error={errorOf('description')}
      />
      <SelectField
        label={t('money.form.category')}
        value={draft.category}
        onChange={(event) => {
          if (isCategory(event.target.value)) change({ category: event.target.value });
        }}
        error={errorOf('category')}
      >
        {expenseCategories.map((category) => (
          <option key={category} value={category}>
            {t(`money.category.${category}`)}
          </option>
        ))}
      </SelectField>
      <div className="expense-form__more">
        <Button
          variant="quiet"
          aria-expanded={showMore}
          aria-controls={showMore ? `${id}-more` : undefined}
          aria-describedby={`${id}-summary`}
          onClick={() => setMoreOpen(!showMore)}
        >
          {t(showMore ? 'money.form.lessDetails' : 'money.form.moreDetails')}
        </Button>
        <p className="muted expense-form__summary" id={`${id}-summary`}>
          {summary}
        </p>
      </div>
      {showMore ? (
        <ExpenseMoreFields
          id={`${id}-more`}
          draft={draft}
          change={change}
          members={members}
          myId={myId}
          spaceCurrency={settings.currency}
          usualInWords={ruleInWords(usualRule, members, myId, draft.currency)}
          author={author}
          errorOf={errorOf}
        />
      ) : null}
      {preview ? (
        <p className="expense-preview" id={`${id}-preview`}>
          <strong>{t('money.preview.title')}</strong> {preview}
        </p>
      ) : null}
      <div className="button-row">
        <Button
          type="submit"
          busy={save.isPending}
          aria-describedby={preview ? `${id}-preview` : undefined}
        >
          {t(expense ? 'money.form.save' : 'money.form.add')}
        </Button>
        <Button variant="quiet" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Who pays what, in words, once there is an amount; or why it cannot be split like that. */
function previewOf(
  draft: ExpenseDraft,
  people: readonly string[],
  usualRule: MoneySettings['defaultSplit'],
  { myId, members, incomes }: Pick<ExpenseFormProps, 'myId' | 'members' | 'incomes'>,
): string | undefined {
  const amount = parseAmount(draft.amount, draft.currency);
  if (!amount) return undefined;
  if (draft.privacy === 'private') return t('money.preview.private');
  const outcome = splitRuleOf(draft.split, people, amount, draft.currency);
  if (!outcome.ok) return outcome.message;
  const preview = previewShares(
    amount,
    outcome.rule ?? usualRule,
    people,
    incomesForPreview(incomes, people),
  );
  return preview.ok
    ? sharesInWords(preview.shares, members, myId, draft.currency)
    : preview.problem;
}
