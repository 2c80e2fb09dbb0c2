import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { SpaceKind } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { FormError } from '../../ui/form-error';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Page } from '../../ui/page';
import { RadioGroup } from '../../ui/radio-group';
import { SpaceNameField } from './space-name-field';
import { spacePath } from './space-paths';
import { useCreateSpace } from './use-spaces';

// Listed here rather than imported, so the bundle needs none of the zod contracts; the
// Record type makes a kind added to the contract a compile error until it is listed.
const kindOrder: Record<SpaceKind, number> = { couple: 0, household: 1 };
const kinds = Object.keys(kindOrder) as SpaceKind[];
const kindOptions = kinds.map((kind) => ({
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
          <FormError error={create.error} fields={['name', 'kind']} />
          <SpaceNameField
            hint={t('spaces.nameHint')}
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
