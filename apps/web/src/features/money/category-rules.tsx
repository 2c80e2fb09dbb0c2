import { useState, type FormEvent } from 'react';
import { expenseCategories, type ExpenseCategory } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { isCategory } from './category-rule-form';
import { errorUnder, shownPaths } from './field-errors';
import type { MoneyContext } from './money-context';
import { splitDraftOf, splitRuleOf } from './split-draft';
import { SplitRuleFields } from './split-rule-fields';
import { ruleSentence } from './split-words';
import { everyone, ruleChoices } from './split-settings-form';
import { useSaveMoneySettings } from './use-money';

/** A rule of its own for a category (rent by income, say); the rest follow the usual split. */
export function CategoryRules({ context }: { context: MoneyContext }) {
  const { spaceId, settings, members, myId } = context;
  const save = useSaveMoneySettings(spaceId);
  const [adding, setAdding] = useState(false);
  const [category, setCategory] = useState<ExpenseCategory>('housing');
  const [split, setSplit] = useState(() => splitDraftOf({ kind: 'income' }, settings.currency));
  const [local, setLocal] = useState<string>();
  const [status, setStatus] = useState<string>();
  const people = everyone(context);
  const rules = expenseCategories.flatMap((c) => {
    const rule = settings.categorySplits[c];
    return rule ? [{ category: c, rule }] : [];
  });
  const path = `categorySplits.${category}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = splitRuleOf(
      split,
      people.map((p) => p.id),
      undefined,
      settings.currency,
    );
    if (!outcome.ok || !outcome.rule) {
      setLocal(outcome.ok ? undefined : outcome.message);
      return;
    }
    const { rule } = outcome;
    save.mutate(
      { categorySplits: { [category]: rule } },
      {
        onSuccess: () => {
          setAdding(false);
          setStatus(t('money.categoryRules.saved', { category: t(`money.category.${category}`) }));
        },
      },
    );
  };

  return (
    <div className="category-rules">
      {status ? <Alert tone="success">{status}</Alert> : null}
      {rules.length === 0 ? (
        <p className="muted">{t('money.categoryRules.none')}</p>
      ) : (
        <ul className="category-rule-list">
          {rules.map(({ category: c, rule }) => {
            const name = t(`money.category.${c}`);
            return (
              <li key={c} className="item-row">
                <span>
                  {t('money.categoryRules.item', {
                    category: name,
                    rule: ruleSentence(rule, members, myId, settings.currency),
                  })}
                </span>
                <Button
                  variant="quiet"
                  aria-label={t('money.categoryRules.removeLabel', { category: name })}
                  onClick={() =>
                    save.mutate(
                      { categorySplits: { [c]: null } },
                      {
                        onSuccess: () =>
                          setStatus(t('money.categoryRules.removed', { category: name })),
                      },
                    )
                  }
                >
                  {t('money.categoryRules.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {!adding ? <FormError error={save.error} /> : null}
      {adding ? (
        <form
          className="form"
          onSubmit={submit}
          aria-label={t('money.categoryRules.formLabel')}
          noValidate
        >
          <FormError error={save.error} fields={shownPaths(save.error, [path])} />
          <SelectField
            label={t('money.categoryRules.category')}
            value={category}
            onChange={(event) => {
              if (isCategory(event.target.value)) setCategory(event.target.value);
            }}
          >
            {expenseCategories.map((c) => (
              <option key={c} value={c}>
                {t(`money.category.${c}`)}
              </option>
            ))}
          </SelectField>
          <SplitRuleFields
            label={t('money.categoryRules.split')}
            draft={split}
            onChange={(next) => {
              setLocal(undefined);
              setSplit(next);
            }}
            people={people}
            choices={ruleChoices}
            error={local ?? errorUnder(save.error, path)}
          />
          <div className="button-row">
            <Button type="submit" busy={save.isPending}>
              {t('money.categoryRules.save')}
            </Button>
            <Button variant="quiet" onClick={() => setAdding(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <Button
            variant="secondary"
            onClick={() => {
              setStatus(undefined);
              setAdding(true);
            }}
          >
            {t('money.categoryRules.open')}
          </Button>
        </div>
      )}
    </div>
  );
}
