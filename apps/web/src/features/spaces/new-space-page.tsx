import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { spaceKinds, type SpaceKind } from '@tandem/shared';
import { errorMessage, fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Page } from '../../ui/page';
import { RadioGroup } from '../../ui/radio-group';
import { TextField } from '../../ui/text-field';
import { spacePath } from './space-paths';
import { useCreateSpace } from './use-spaces';

const kindOptions = spaceKinds.map((kind) => ({
  value: kind,
  label: t(`spaces.kind.${kind}`),
  description: t(`spaces.kind.${kind}Hint`),
}));

export function NewSpacePage() {
  const navigate = useNavigate();
  const create = useCreateSpace();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SpaceKind>('couple');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { name, kind },
      { onSuccess: (space) => void navigate(spacePath(space.id), { replace: true }) },
    );
  };

  return (
    <Page title={t('spaces.new.title')} lead={t('spaces.new.lead')} narrow>
      <Card>
        <form className="form" onSubmit={submit}>
          {create.isError ? <Alert tone="error">{errorMessage(create.error)}</Alert> : null}
          <TextField
            label={t('spaces.name')}
            hint={t('spaces.nameHint')}
            name="name"
            required
            maxLength={80}
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={fieldError(create.error, 'name')}
          />
          <RadioGroup
            legend={t('spaces.kind')}
            name="kind"
            options={kindOptions}
            value={kind}
            onChange={setKind}
            error={fieldError(create.error, 'kind')}
          />
          <Button type="submit" busy={create.isPending} className="button--block">
            {t('spaces.create')}
          </Button>
        </form>
      </Card>
    </Page>
  );
}
