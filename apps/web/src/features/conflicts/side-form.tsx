import { useState, type FormEvent } from 'react';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { TextArea } from '../../ui/text-area';
import type { PerspectiveDraft } from './conflicts-api';
import { useWritePerspective } from './use-conflicts';

const sideFields = [
  { name: 'happened', max: 3000, rows: 5 },
  { name: 'felt', max: 1000, rows: 3 },
  { name: 'need', max: 1000, rows: 3 },
  { name: 'myPart', max: 1000, rows: 3 },
] as const;

const empty: PerspectiveDraft = { happened: '', felt: '', need: '', myPart: '' };

interface SideFormProps {
  spaceId: string;
  topicId: string;
  /** My side as saved, when changing it before the others have written theirs. */
  initial: PerspectiveDraft | undefined;
  /** Whether saving mine reveals everyone's. */
  last: boolean;
  onSaved: () => void;
  onCancel?: (() => void) | undefined;
}

/** "Your side": four questions, answered alone, sealed until everyone has written theirs. */
export function SideForm({ spaceId, topicId, initial, last, onSaved, onCancel }: SideFormProps) {
  const save = useWritePerspective(spaceId, topicId);
  const [side, setSide] = useState<PerspectiveDraft>(initial ?? empty);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(side, { onSuccess: onSaved });
  };

  return (
    <form className="form resolve-side-form" onSubmit={submit}>
      <p className="muted">{last ? t('resolve.sides.lastHint') : t('resolve.sides.sealedHint')}</p>
      <FormError error={save.error} fields={sideFields.map((field) => field.name)} />
      {sideFields.map((field, index) => (
        <TextArea
          key={field.name}
          label={t(`resolve.sides.field.${field.name}`)}
          hint={t(`resolve.sides.hint.${field.name}`)}
          name={field.name}
          required
          rows={field.rows}
          maxLength={field.max}
          autoFocus={index === 0 && onCancel !== undefined}
          value={side[field.name]}
          onChange={(event) =>
            setSide((current) => ({ ...current, [field.name]: event.target.value }))
          }
          error={fieldError(save.error, field.name)}
        />
      ))}
      <FormActions
        submitLabel={t('resolve.sides.save')}
        busy={save.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
