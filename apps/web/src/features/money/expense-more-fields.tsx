import { useId } from 'react';
import { expensePrivacies, type Member } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Checkbox } from '../../ui/checkbox';
import { describedBy, FieldError } from '../../ui/field';
import { RadioGroup } from '../../ui/radio-group';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { currencyOptions } from './currency-options';
import { SEVERAL_PAYERS, type ExpenseDraft } from './expense-draft';
import { SplitRuleFields } from './split-rule-fields';

interface ExpenseMoreFieldsProps {
  id: string;
  draft: ExpenseDraft;
  change: (changes: Partial<ExpenseDraft>) => void;
  members: readonly Member[];
  myId: string;
  spaceCurrency: string;
  usualInWords: string;
  /** Who may change who sees it: its author alone (undefined when that is me). */
  author: string | undefined;
  errorOf: (path: string) => string | undefined;
}

/** The details most expenses leave as they are: date, currency, who paid, who shares it, how. */
export function ExpenseMoreFields({
  id,
  draft,
  change,
  members,
  myId,
  spaceCurrency,
  usualInWords,
  author,
  errorOf,
}: ExpenseMoreFieldsProps) {
  const groupId = useId();
  const nameFor = (member: Member) =>
    member.userId === myId ? t('money.form.you') : member.displayName;
  const personal = draft.privacy === 'private';
  const payersError = errorOf('payers');
  const participantsError = errorOf('participants');
  const toggle = (userId: string, checked: boolean) =>
    change({
      participants: checked
        ? [...draft.participants, userId]
        : draft.participants.filter((p) => p !== userId),
    });

  return (
    <div className="expense-more" id={id}>
      <div className="money-row">
        <TextField
          label={t('money.form.date')}
          type="date"
          required
          value={draft.spentOn}
          onChange={(event) => change({ spentOn: event.target.value })}
          error={errorOf('spentOn')}
        />
        <SelectField
          label={t('money.form.currency')}
          value={draft.currency}
          onChange={(event) => change({ currency: event.target.value })}
          error={errorOf('currency')}
        >
          {currencyOptions([spaceCurrency, draft.currency]).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      </div>
      {author === undefined ? (
        <RadioGroup
          legend={t('money.form.privacy')}
          name={`${groupId}-privacy`}
          layout="list"
          options={expensePrivacies.map((value) => ({
            value,
            label: t(`money.privacy.${value}`),
            description: t(`money.privacy.${value}.hint`),
          }))}
          value={draft.privacy}
          onChange={(privacy) => change({ privacy })}
          error={errorOf('privacy')}
        />
      ) : (
        <p className="muted">{t('money.form.privacyAuthor', { name: author })}</p>
      )}
      {personal ? (
        <p className="muted">{t('money.form.personal')}</p>
      ) : (
        <>
          <SelectField
            label={t('money.form.paidBy')}
            value={draft.payer}
            onChange={(event) => change({ payer: event.target.value })}
            error={draft.payer === SEVERAL_PAYERS ? undefined : payersError}
          >
            {members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {nameFor(member)}
              </option>
            ))}
            <option value={SEVERAL_PAYERS}>{t('money.form.severalPaid')}</option>
          </SelectField>
          {draft.payer === SEVERAL_PAYERS ? (
            <fieldset
              className="money-group"
              aria-describedby={describedBy(`${groupId}-payers`, true, payersError)}
              aria-invalid={payersError ? true : undefined}
            >
              <legend className="field__label">{t('money.form.eachPaid')}</legend>
              <p className="field__hint" id={`${groupId}-payers-hint`}>
                {t('money.form.eachPaidHint')}
              </p>
              <div className="money-group__fields">
                {members.map((member) => (
                  <TextField
                    key={member.userId}
                    label={
                      member.userId === myId
                        ? t('money.form.youPaid')
                        : t('money.form.memberPaid', { name: member.displayName })
                    }
                    inputMode="decimal"
                    autoComplete="off"
                    value={draft.payerAmounts[member.userId] ?? ''}
                    onChange={(event) =>
                      change({
                        payerAmounts: {
                          ...draft.payerAmounts,
                          [member.userId]: event.target.value,
                        },
                      })
                    }
                  />
                ))}
              </div>
              <FieldError id={`${groupId}-payers`} error={payersError} />
            </fieldset>
          ) : null}
          <fieldset
            className="money-group"
            aria-describedby={describedBy(`${groupId}-sharers`, false, participantsError)}
            aria-invalid={participantsError ? true : undefined}
          >
            <legend className="field__label">{t('money.form.sharedBy')}</legend>
            <div className="money-group__checks">
              {members.map((member) => (
                <Checkbox
                  key={member.userId}
                  label={nameFor(member)}
                  checked={draft.participants.includes(member.userId)}
                  onChange={(event) => toggle(member.userId, event.target.checked)}
                />
              ))}
            </div>
            <FieldError id={`${groupId}-sharers`} error={participantsError} />
          </fieldset>
          <SplitRuleFields
            label={t('money.form.split')}
            draft={draft.split}
            onChange={(split) => change({ split })}
            people={members
              .filter((member) => draft.participants.includes(member.userId))
              .map((member) => ({ id: member.userId, name: nameFor(member) }))}
            usualInWords={usualInWords}
            error={errorOf('split')}
          />
        </>
      )}
    </div>
  );
}
