import { useState, type FormEvent } from 'react';
import type { SplitRuleBody } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { currencyOptions } from './currency-options';
import { errorUnder, shownPaths } from './field-errors';
import type { MoneyContext } from './money-context';
import { splitDraftOf, splitRuleOf, type SplitChoice, type SplitDraft } from './split-draft';
import { SplitRuleFields } from './split-rule-fields';
import { useSaveMoneySettings } from './use-money';

/** The rules a space can keep: exact amounts belong to one expense, not to every one. */
export const ruleChoices: readonly SplitChoice[] = [
  'equal',
  'shares',
  'percent',
  'income',
  'blend',
];

/** The people a space-wide rule names: everyone, me as "You". */
export const everyone = ({ members, myId }: MoneyContext) =>
  members.map((m) => ({
    id: m.userId,
    name: m.userId === myId ? t('money.form.you') : m.displayName,
  }));

/** The space's currency and the usual split, for everyone. */
export function SplitSettingsForm({ context }: { context: MoneyContext }) {
  const { spaceId, settings } = context;
  const save = useSaveMoneySettings(spaceId);
  // Undefined while untouched: what the space has, even as someone else changes it.
  const [currencyDraft, setCurrency] = useState<string>();
  const [splitDraft, setSplit] = useState<SplitDraft>();
  const currency = currencyDraft ?? settings.currency;
  const split = splitDraft ?? splitDraftOf(settings.defaultSplit, settings.currency);
  const [local, setLocal] = useState<{ field: string; message: string }>();
  const [saved, setSaved] = useState(false);
  const people = everyone(context);
  const errorOf = (path: string) =>
    local && (local.field === path || local.field.startsWith(`${path}.`))
      ? local.message
      : errorUnder(save.error, path);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = splitRuleOf(
      split,
      people.map((p) => p.id),
      undefined,
      currency,
    );
    if (!outcome.ok) {
      setLocal({
        field: outcome.field.replace(/^split/, 'defaultSplit'),
        message: outcome.message,
      });
      return;
    }
    const defaultSplit: SplitRuleBody = outcome.rule ?? { kind: 'equal' };
    setSaved(false);
    save.mutate(
      { currency, defaultSplit },
      {
        onSuccess: () => {
          setCurrency(undefined);
          setSplit(undefined);
          setSaved(true);
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} aria-label={t('money.settings.formLabel')} noValidate>
      <FormError error={save.error} fields={shownPaths(save.error, ['currency', 'defaultSplit'])} />
      {saved ? <Alert tone="success">{t('money.settings.saved')}</Alert> : null}
      <SelectField
        label={t('money.settings.currency')}
        hint={t('money.settings.currencyHint')}
        value={currency}
        onChange={(event) => {
          setSaved(false);
          setCurrency(event.target.value);
        }}
        error={errorOf('currency')}
      >
        {currencyOptions([settings.currency]).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </SelectField>
      <SplitRuleFields
        label={t('money.settings.defaultSplit')}
        draft={split}
        onChange={(next) => {
          setSaved(false);
          setLocal(undefined);
          setSplit(next);
        }}
        people={people}
        choices={ruleChoices}
        error={errorOf('defaultSplit')}
      />
      <div className="button-row">
        <Button type="submit" busy={save.isPending}>
          {t('money.settings.save')}
        </Button>
      </div>
    </form>
  );
}
