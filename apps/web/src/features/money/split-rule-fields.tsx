import { useId } from 'react';
import { t } from '../../lib/i18n';
import { describedBy, FieldError } from '../../ui/field';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { splitChoices, type SplitChoice, type SplitDraft } from './split-draft';

interface SplitRuleFieldsProps {
  label: string;
  draft: SplitDraft;
  onChange: (draft: SplitDraft) => void;
  /** Who shares it, by id and name: the rule's per-person fields are theirs. */
  people: readonly { id: string; name: string }[];
  /** The choices to offer; "usual" needs `usualInWords`. */
  choices?: readonly SplitChoice[];
  /** The rule "as usual" stands for, in words ("equally"). */
  usualInWords?: string;
  /** Under the choice: what it means, or a preview. */
  hint?: string;
  error: string | undefined;
}

const isChoice = (value: string): value is SplitChoice =>
  (splitChoices as readonly string[]).includes(value);

/** How an expense is shared: a rule to choose, and a value per person where the rule needs one. */
export function SplitRuleFields({
  label,
  draft,
  onChange,
  people,
  choices = splitChoices,
  usualInWords = '',
  hint,
  error,
}: SplitRuleFieldsProps) {
  const id = useId();
  const perPerson =
    draft.choice === 'shares' || draft.choice === 'percent' || draft.choice === 'exact'
      ? draft.choice
      : undefined;
  const setValue = (personId: string, value: string) =>
    onChange({ ...draft, values: { ...draft.values, [personId]: value } });
  const rest = 100 - Number(draft.equalPart.replace(',', '.'));

  return (
    <div className="split-fields">
      <SelectField
        label={label}
        hint={hint ?? t(`money.split.hint.${draft.choice}`)}
        value={draft.choice}
        onChange={(event) => {
          if (isChoice(event.target.value)) onChange({ ...draft, choice: event.target.value });
        }}
        error={perPerson || draft.choice === 'blend' ? undefined : error}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice === 'usual'
              ? t('money.split.choice.usual', { rule: usualInWords })
              : t(`money.split.choice.${choice}`)}
          </option>
        ))}
      </SelectField>
      {perPerson ? (
        <fieldset
          className="money-group"
          aria-describedby={describedBy(id, false, error)}
          aria-invalid={error ? true : undefined}
        >
          <legend className="field__label">{t(`money.split.values.${perPerson}`)}</legend>
          <div className="money-group__fields">
            {people.map((person) => (
              <TextField
                key={person.id}
                label={t(`money.split.value.${perPerson}`, { name: person.name })}
                inputMode="decimal"
                autoComplete="off"
                value={draft.values[person.id] ?? ''}
                onChange={(event) => setValue(person.id, event.target.value)}
              />
            ))}
          </div>
          <FieldError id={id} error={error} />
        </fieldset>
      ) : null}
      {draft.choice === 'blend' ? (
        <TextField
          label={t('money.split.equalPart')}
          hint={
            Number.isFinite(rest) && rest >= 0 && rest <= 100
              ? t('money.split.equalPartHint', { rest })
              : t('money.split.equalPartHintBare')
          }
          inputMode="decimal"
          autoComplete="off"
          value={draft.equalPart}
          onChange={(event) => onChange({ ...draft, equalPart: event.target.value })}
          error={error}
        />
      ) : null}
    </div>
  );
}
