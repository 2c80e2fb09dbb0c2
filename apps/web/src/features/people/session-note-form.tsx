import type { SupportContact } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { RadioGroup } from '../../ui/radio-group';
import { SelectField } from '../../ui/select-field';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import type { SupportVisibility } from './people-api';
import type { SessionNoteDraft } from './support-draft';
import { useRequiredDraft } from './use-required-draft';

interface SessionNoteFormProps {
  initial: SessionNoteDraft;
  contacts: readonly SupportContact[];
  busy: boolean;
  error: unknown;
  /** Called only with some words. */
  onSave: (draft: SessionNoteDraft) => void;
  onCancel: () => void;
}

const formFields = ['date', 'text', 'visibility', 'supportId'];

/** Notes from a session: the day, whom it was with, the words, and who may read them. */
export function SessionNoteForm({
  initial,
  contacts,
  busy,
  error,
  onSave,
  onCancel,
}: SessionNoteFormProps) {
  const { draft, change, missing, submit } = useRequiredDraft(initial, 'text', onSave);

  return (
    <form className="form people-note-form" onSubmit={submit} noValidate>
      <FormError error={error} fields={formFields} />
      <TextField
        label={t('people.notes.date')}
        type="date"
        name="date"
        value={draft.date}
        onChange={(event) => change({ date: event.target.value })}
        error={fieldError(error, 'date')}
      />
      {contacts.length > 0 ? (
        <SelectField
          label={t('people.notes.with')}
          name="supportId"
          value={draft.supportId}
          onChange={(event) => change({ supportId: event.target.value })}
          error={fieldError(error, 'supportId')}
        >
          <option value="">{t('people.notes.withNobody')}</option>
          {contacts.map((contact) => (
            <option key={contact.id} value={contact.id}>
              {contact.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextArea
        label={t('people.notes.text')}
        name="text"
        maxLength={5000}
        rows={4}
        value={draft.text}
        onChange={(event) => change({ text: event.target.value })}
        error={missing ? t('people.notes.textMissing') : fieldError(error, 'text')}
      />
      <RadioGroup<SupportVisibility>
        legend={t('people.support.visibility')}
        name="note-visibility"
        layout="list"
        options={[
          { value: 'private', label: t('people.support.private') },
          { value: 'shared', label: t('people.support.shared') },
        ]}
        value={draft.visibility}
        onChange={(visibility) => change({ visibility })}
        error={fieldError(error, 'visibility')}
      />
      <div className="button-row">
        <Button type="submit" busy={busy}>
          {t('people.support.save')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('people.support.cancel')}
        </Button>
      </div>
    </form>
  );
}
