import { t } from '../../lib/i18n';
import { AddSection } from '../../ui/add-section';
import type { PeopleContext } from './people-context';
import { bodyFromDraft, emptyPersonDraft } from './person-draft';
import { PersonForm } from './person-form';
import { useCreatePerson } from './use-people';

/** "Add someone" behind one button. */
export function AddPersonSection({ context }: { context: PeopleContext }) {
  const create = useCreatePerson(context.spaceId);
  return (
    <AddSection
      openLabel={t('people.add.open')}
      title={t('people.add.title')}
      level={2}
      className="people-add"
      form={({ saved, cancel }) => (
        <PersonForm
          initial={emptyPersonDraft(context.myId)}
          context={context}
          busy={create.isPending}
          error={create.error}
          onSave={(draft) => {
            const body = bodyFromDraft(draft, context.myId);
            if (!body) return;
            create.mutateAsync(body).then(
              () => saved(t('people.add.saved', { name: body.name })),
              () => undefined, // shown by FormError
            );
          }}
          onCancel={() => {
            create.reset();
            cancel();
          }}
        />
      )}
    />
  );
}
