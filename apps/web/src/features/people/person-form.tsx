import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { FormError } from '../../ui/form-error';
import { RadioGroup } from '../../ui/radio-group';
import { SelectField } from '../../ui/select-field';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import type { PeopleContext } from './people-context';
import { capitalised, wishChoices, wishWords } from './people-words';
import { OURS, type PersonDraft } from './person-draft';
import { useRequiredDraft } from './use-required-draft';

interface PersonFormProps {
  initial: PersonDraft;
  context: PeopleContext;
  busy: boolean;
  error: unknown;
  /** Called only with a name. */
  onSave: (draft: PersonDraft) => void;
  onCancel: () => void;
}

const formFields = ['name', 'relation', 'ownerId', 'everyDays', 'note', 'private'];

/** A person's details: who they are, whose, how often we'd like to be in touch, private or not. */
export function PersonForm({ initial, context, busy, error, onSave, onCancel }: PersonFormProps) {
  const { draft, change, missing, submit } = useRequiredDraft(initial, 'name', onSave);
  const others = context.members.filter((member) => member.userId !== context.myId);
  const mine = draft.whose === context.myId;

  return (
    <form className="form people-form" onSubmit={submit} noValidate>
      <FormError error={error} fields={formFields} />
      <TextField
        label={t('people.form.name')}
        name="name"
        required
        maxLength={80}
        autoComplete="off"
        value={draft.name}
        onChange={(event) => change({ name: event.target.value })}
        error={missing ? t('people.form.nameMissing') : fieldError(error, 'name')}
      />
      <TextField
        label={t('people.form.relation')}
        hint={t('people.form.relationHint')}
        name="relation"
        maxLength={60}
        autoComplete="off"
        value={draft.relation}
        onChange={(event) => change({ relation: event.target.value })}
        error={fieldError(error, 'relation')}
      />
      {others.length > 0 ? (
        <RadioGroup<string>
          legend={t('people.form.whose')}
          name="whose"
          layout="list"
          options={[
            { value: context.myId, label: t('people.form.mine') },
            ...others.map((member) => ({
              value: member.userId,
              label: t('people.form.theirs', { name: member.displayName }),
            })),
            { value: OURS, label: t('people.form.ours') },
          ]}
          value={draft.whose}
          onChange={(whose) => change({ whose })}
          error={fieldError(error, 'ownerId')}
        />
      ) : null}
      <SelectField
        label={t('people.form.wish')}
        name="everyDays"
        value={draft.everyDays}
        onChange={(event) => change({ everyDays: event.target.value })}
        error={fieldError(error, 'everyDays')}
      >
        <option value="">{t('people.form.wishNone')}</option>
        {wishChoices(draft.everyDays === '' ? null : Number(draft.everyDays)).map((days) => (
          <option key={days} value={String(days)}>
            {capitalised(wishWords(days))}
          </option>
        ))}
      </SelectField>
      <TextArea
        label={t('people.form.note')}
        hint={t('people.form.noteHint')}
        name="note"
        maxLength={1000}
        rows={2}
        value={draft.note}
        onChange={(event) => change({ note: event.target.value })}
        error={fieldError(error, 'note')}
      />
      {mine ? (
        <Checkbox
          label={t('people.form.private')}
          hint={t('people.form.privateHint')}
          checked={draft.private}
          onChange={(event) => change({ private: event.target.checked })}
        />
      ) : null}
      <div className="button-row">
        <Button type="submit" busy={busy}>
          {t('people.form.save')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('people.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
