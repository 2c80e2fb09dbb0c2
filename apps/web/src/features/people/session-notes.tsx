import { useState } from 'react';
import type { SupportContact, SupportNote } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { AddSection } from '../../ui/add-section';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { FormError } from '../../ui/form-error';
import { memberName, type PeopleContext } from './people-context';
import { SessionNoteForm } from './session-note-form';
import { draftFromSessionNote, emptySessionNoteDraft, sessionNoteBody } from './support-draft';
import { useCreateSupportNote, useDeleteSupportNote, useUpdateSupportNote } from './use-people';

interface SessionNotesProps {
  notes: readonly SupportNote[];
  contacts: readonly SupportContact[];
  context: PeopleContext;
}

/** My session notes and the others' shared ones, newest session first, and a new one. */
export function SessionNotes({ notes, contacts, context }: SessionNotesProps) {
  const create = useCreateSupportNote(context.spaceId);
  return (
    <section className="people-notes" aria-labelledby="people-notes-title">
      <h3 id="people-notes-title">{t('people.notes.title')}</h3>
      <p className="muted">{t('people.notes.lead')}</p>
      {notes.length === 0 ? <p className="muted">{t('people.notes.empty')}</p> : null}
      <ul className="people-notes__list">
        {notes.map((note) => (
          <SessionNoteItem key={note.id} note={note} contacts={contacts} context={context} />
        ))}
      </ul>
      <AddSection
        openLabel={t('people.notes.add.open')}
        title={t('people.notes.add.title')}
        level={3}
        className="people-notes-add"
        form={({ saved, cancel }) => (
          <SessionNoteForm
            initial={emptySessionNoteDraft(context.today)}
            contacts={contacts}
            busy={create.isPending}
            error={create.error}
            onSave={(draft) => {
              const body = sessionNoteBody(draft);
              if (!body) return;
              create.mutateAsync(body).then(
                () => saved(t('people.notes.add.saved')),
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
    </section>
  );
}

function SessionNoteItem({
  note,
  contacts,
  context,
}: {
  note: SupportNote;
  contacts: readonly SupportContact[];
  context: PeopleContext;
}) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateSupportNote(context.spaceId, note.id);
  const remove = useDeleteSupportNote(context.spaceId, note.id);
  const day = format.shortDay(note.date);
  const name = memberName(context.members, note.authorId);
  const support = contacts.find((contact) => contact.id === note.supportId)?.name;

  return (
    <li className="people-note">
      <p className="people-note__meta">
        {support
          ? t('people.notes.metaWith', { day, name, support })
          : t('people.notes.meta', { day, name })}
        {note.visibility === 'private' ? (
          <span className="people-badge people-badge--private">{t('people.badge.private')}</span>
        ) : null}
      </p>
      {editing ? (
        <SessionNoteForm
          initial={draftFromSessionNote(note)}
          contacts={contacts}
          busy={update.isPending}
          error={update.error}
          onSave={(draft) => {
            const body = sessionNoteBody(draft);
            if (!body) return;
            update.mutateAsync(body).then(
              () => setEditing(false),
              () => undefined, // shown by FormError
            );
          }}
          onCancel={() => {
            update.reset();
            setEditing(false);
          }}
        />
      ) : (
        <p className="people-note__text">{note.text}</p>
      )}
      <FormError error={remove.error} />
      {note.capabilities.canEdit && !editing ? (
        <div className="button-row">
          <Button
            variant="quiet"
            aria-label={t('people.notes.editNamed', { day })}
            onClick={() => setEditing(true)}
          >
            {t('people.notes.edit')}
          </Button>
          <ConfirmAction
            label={t('people.notes.remove')}
            accessibleLabel={t('people.notes.removeNamed', { day })}
            question={t('people.notes.removeQuestion')}
            confirmLabel={t('people.support.removeConfirm')}
            cancelLabel={t('people.support.removeCancel')}
            busy={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </div>
      ) : null}
    </li>
  );
}
