import { useState, type FormEvent } from 'react';
import type { ConflictTopic, Member } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import {
  agreementBody,
  ITEM_MAX,
  MAX_ITEMS,
  startingDraft,
  withAnotherItem,
  type AgreementDraft,
  type AgreementProblems,
  type ItemDraft,
} from './agreement-draft';
import { focusFirstInvalid } from './focus-first-invalid';
import { useProposeAgreement } from './use-conflicts';

interface AgreementFormProps {
  spaceId: string;
  topic: ConflictTopic;
  myId: string;
  /** The topic's participants, who the lines can be for. */
  people: readonly Member[];
  today: string;
  onProposed: () => void;
  onCancel?: (() => void) | undefined;
}

/** What each will do, and when to look back: proposing counts as agreeing to it myself. */
export function AgreementForm(props: AgreementFormProps) {
  const { spaceId, topic, myId, people, today, onProposed, onCancel } = props;
  const propose = useProposeAgreement(spaceId, topic.id);
  const [draft, setDraft] = useState<AgreementDraft>(() =>
    startingDraft(topic.agreement, myId, today),
  );
  const [problems, setProblems] = useState<AgreementProblems>({});

  const changeItem = (key: number, change: Partial<ItemDraft>) => {
    setDraft((current) => ({
      ...current,
      items: current.items.map((item) => (item.key === key ? { ...item, ...change } : item)),
    }));
    setProblems({});
  };
  const removeItem = (key: number) =>
    setDraft((current) => ({
      ...current,
      items: current.items.filter((item) => item.key !== key),
    }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = agreementBody(draft, today);
    if ('problems' in result) {
      setProblems(result.problems);
      focusFirstInvalid(event.currentTarget);
      return;
    }
    propose.mutate(result.body, { onSuccess: onProposed });
  };

  return (
    <form className="form resolve-agreement-form" onSubmit={submit} noValidate>
      <p className="muted">{t('resolve.agreement.formLead')}</p>
      <FormError error={propose.error} fields={['checkOn']} />
      {draft.items.map((item, index) => (
        <fieldset key={item.key} className="resolve-agreement-form__item">
          <legend className="field__label">
            {t('resolve.agreement.itemLegend', { number: index + 1 })}
          </legend>
          <SelectField
            label={t('resolve.agreement.who')}
            value={item.ownerId}
            onChange={(event) => changeItem(item.key, { ownerId: event.target.value })}
            error={problems.items?.[item.key]?.ownerId}
          >
            <option value="">{t('resolve.agreement.whoChoose')}</option>
            {people.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.userId === myId
                  ? t('resolve.agreement.me', { name: member.displayName })
                  : member.displayName}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('resolve.agreement.what')}
            autoComplete="off"
            maxLength={ITEM_MAX}
            value={item.text}
            onChange={(event) => changeItem(item.key, { text: event.target.value })}
            error={
              problems.items?.[item.key]?.text ?? fieldError(propose.error, `items.${index}.text`)
            }
          />
          {draft.items.length > 1 ? (
            <Button
              variant="quiet"
              aria-label={t('resolve.agreement.removeLabel', { number: index + 1 })}
              onClick={() => removeItem(item.key)}
            >
              {t('resolve.agreement.remove')}
            </Button>
          ) : null}
        </fieldset>
      ))}
      {draft.items.length < MAX_ITEMS ? (
        <Button variant="secondary" onClick={() => setDraft(withAnotherItem)}>
          {t('resolve.agreement.another')}
        </Button>
      ) : null}
      <TextField
        label={t('resolve.agreement.checkOn')}
        hint={t('resolve.agreement.checkOnHint')}
        type="date"
        name="checkOn"
        required
        min={today}
        value={draft.checkOn}
        onChange={(event) => {
          setDraft((current) => ({ ...current, checkOn: event.target.value }));
          setProblems({});
        }}
        error={problems.checkOn ?? fieldError(propose.error, 'checkOn')}
      />
      <FormActions
        submitLabel={t('resolve.agreement.propose')}
        busy={propose.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
