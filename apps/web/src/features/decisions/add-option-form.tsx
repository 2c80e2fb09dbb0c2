import { useState, type FormEvent } from 'react';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { TextField } from '../../ui/text-field';
import { useAddOption } from './use-decisions';

const LABEL_MAX = 120;

/** Another option, while scoring is open; everyone is asked to score it, even those who have. */
export function AddOptionForm({ spaceId, decisionId }: { spaceId: string; decisionId: string }) {
  const add = useAddOption(spaceId, decisionId);
  const [label, setLabel] = useState('');
  const [added, setAdded] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = label.trim();
    add.mutateAsync(text).then(
      () => {
        setAdded(text);
        setLabel('');
      },
      () => undefined, // shown by FormError and next to the field
    );
  };

  return (
    <section className="card section" aria-labelledby="add-option-title">
      <h2 id="add-option-title">{t('decide.addOption.title')}</h2>
      <form className="form" onSubmit={submit} aria-labelledby="add-option-title">
        <FormError error={add.error} fields={['label']} />
        <TextField
          label={t('decide.addOption.label')}
          hint={t('decide.addOption.hint')}
          name="label"
          required
          maxLength={LABEL_MAX}
          autoComplete="off"
          value={label}
          onChange={(event) => {
            setLabel(event.target.value);
            setAdded(undefined);
          }}
          error={fieldError(add.error, 'label')}
        />
        {added ? (
          <Alert tone="success">{t('decide.addOption.added', { label: added })}</Alert>
        ) : null}
        <div className="button-row">
          <Button type="submit" busy={add.isPending}>
            {t('decide.addOption.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
