import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { RadioGroup } from '../../ui/radio-group';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import type { SupportVisibility } from './people-api';
import type { SupportContactDraft } from './support-draft';
import { useRequiredDraft } from './use-required-draft';

interface SupportContactFormProps {
  initial: SupportContactDraft;
  busy: boolean;
  error: unknown;
  /** Called only with a name. */
  onSave: (draft: SupportContactDraft) => void;
  onCancel: () => void;
}

const formFields = ['name', 'role', 'phone', 'email', 'website', 'note', 'visibility'];

/** A professional's details, and who in the space may see them. */
export function SupportContactForm({
  initial,
  busy,
  error,
  onSave,
  onCancel,
}: SupportContactFormProps) {
  const { draft, change, missing, submit } = useRequiredDraft(initial, 'name', onSave);

  return (
    <form className="form people-support-form" onSubmit={submit} noValidate>
      <FormError error={error} fields={formFields} />
      <TextField
        label={t('people.support.name')}
        name="name"
        required
        maxLength={100}
        autoComplete="off"
        value={draft.name}
        onChange={(event) => change({ name: event.target.value })}
        error={missing ? t('people.support.nameMissing') : fieldError(error, 'name')}
      />
      <TextField
        label={t('people.support.role')}
        hint={t('people.support.roleHint')}
        name="role"
        maxLength={100}
        value={draft.role}
        onChange={(event) => change({ role: event.target.value })}
        error={fieldError(error, 'role')}
      />
      <TextField
        label={t('people.support.phone')}
        name="phone"
        type="tel"
        maxLength={40}
        autoComplete="off"
        value={draft.phone}
        onChange={(event) => change({ phone: event.target.value })}
        error={fieldError(error, 'phone')}
      />
      <TextField
        label={t('people.support.email')}
        name="email"
        type="email"
        maxLength={254}
        autoComplete="off"
        value={draft.email}
        onChange={(event) => change({ email: event.target.value })}
        error={fieldError(error, 'email')}
      />
      <TextField
        label={t('people.support.website')}
        hint={t('people.support.websiteHint')}
        name="website"
        type="url"
        maxLength={300}
        value={draft.website}
        onChange={(event) => change({ website: event.target.value })}
        error={fieldError(error, 'website')}
      />
      <TextArea
        label={t('people.support.note')}
        name="note"
        maxLength={1000}
        rows={2}
        value={draft.note}
        onChange={(event) => change({ note: event.target.value })}
        error={fieldError(error, 'note')}
      />
      <RadioGroup<SupportVisibility>
        legend={t('people.support.visibility')}
        name="visibility"
        layout="list"
        options={[
          { value: 'shared', label: t('people.support.shared') },
          { value: 'private', label: t('people.support.private') },
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
