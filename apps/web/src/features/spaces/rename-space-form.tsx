import { useState, type FormEvent } from 'react';
import type { Space } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { FormError } from '../../ui/form-error';
import { Button } from '../../ui/button';
import { SpaceNameField } from './space-name-field';
import { useRenameSpace } from './use-spaces';

export function RenameSpaceForm({ space }: { space: Space }) {
  const rename = useRenameSpace(space.id);
  const [name, setName] = useState(space.name);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    rename.mutate(name);
  };

  return (
    <section className="card section" aria-labelledby="rename-space-title">
      <h2 id="rename-space-title">{t('members.rename.title')}</h2>
      <form className="form" onSubmit={submit}>
        <FormError error={rename.error} fields={['name']} />
        {rename.isSuccess ? (
          <Alert tone="success">{t('members.rename.done', { name: rename.data.name })}</Alert>
        ) : null}
        <SpaceNameField
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldError(rename.error, 'name')}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary" busy={rename.isPending}>
            {t('members.rename.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
