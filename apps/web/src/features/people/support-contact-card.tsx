import { useState } from 'react';
import type { SupportContact } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { FormError } from '../../ui/form-error';
import { memberName, type PeopleContext } from './people-context';
import { draftFromSupportContact, supportContactBody } from './support-draft';
import { SupportContactForm } from './support-contact-form';
import { useDeleteSupportContact, useUpdateSupportContact } from './use-people';

/** A counsellor's or therapist's details: call, write or visit in one tap. */
export function SupportContactCard({
  contact,
  context,
}: {
  contact: SupportContact;
  context: PeopleContext;
}) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(0);
  const update = useUpdateSupportContact(context.spaceId, contact.id);
  const remove = useDeleteSupportContact(context.spaceId, contact.id);
  const titleId = `support-${contact.id}`;

  return (
    <article className="people-support-card" aria-labelledby={titleId}>
      <header className="people-card__header">
        <h4 id={titleId} className="people-card__name">
          {contact.name}
        </h4>
        {contact.visibility === 'private' ? (
          <span className="people-badge people-badge--private">{t('people.badge.private')}</span>
        ) : null}
        {contact.role ? <p className="people-card__relation">{contact.role}</p> : null}
      </header>
      {editing ? (
        <SupportContactForm
          initial={draftFromSupportContact(contact)}
          busy={update.isPending}
          error={update.error}
          onSave={(draft) => {
            const body = supportContactBody(draft, true);
            if (!body) return;
            update.mutateAsync(body).then(
              () => {
                setEditing(false);
                setSaved((count) => count + 1);
              },
              () => undefined, // shown by FormError
            );
          }}
          onCancel={() => {
            update.reset();
            setEditing(false);
          }}
        />
      ) : (
        <>
          <ul className="people-support-card__ways">
            {contact.phone ? (
              <li>
                <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
                  {t('people.support.call', { phone: contact.phone })}
                </a>
              </li>
            ) : null}
            {contact.email ? (
              <li>
                <a href={`mailto:${contact.email}`}>
                  {t('people.support.mail', { email: contact.email })}
                </a>
              </li>
            ) : null}
            {/* The server accepts only http(s) addresses, so this cannot run script. */}
            {contact.website ? (
              <li>
                <a href={contact.website} target="_blank" rel="noopener noreferrer">
                  {t('people.support.visit')}
                </a>
              </li>
            ) : null}
          </ul>
          {contact.note ? <p className="people-card__note">{contact.note}</p> : null}
          {!contact.capabilities.canEdit ? (
            <p className="muted">
              {t('people.support.addedBy', { name: memberName(context.members, contact.ownerId) })}
            </p>
          ) : null}
        </>
      )}
      {saved > 0 && !editing ? (
        <Alert key={saved} tone="success">
          {t('people.support.saved')}
        </Alert>
      ) : null}
      <FormError error={remove.error} />
      {contact.capabilities.canEdit && !editing ? (
        <div className="button-row">
          <Button
            variant="quiet"
            aria-label={t('people.support.editNamed', { name: contact.name })}
            onClick={() => setEditing(true)}
          >
            {t('people.support.edit')}
          </Button>
          <ConfirmAction
            label={t('people.support.remove')}
            accessibleLabel={t('people.support.removeNamed', { name: contact.name })}
            question={t('people.support.removeQuestion')}
            confirmLabel={t('people.support.removeConfirm')}
            cancelLabel={t('people.support.removeCancel')}
            busy={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </div>
      ) : null}
    </article>
  );
}
