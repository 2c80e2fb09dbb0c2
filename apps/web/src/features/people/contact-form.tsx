import { useState, type FormEvent } from 'react';
import type { ContactKind, Person } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { FormError } from '../../ui/form-error';
import { RadioGroup } from '../../ui/radio-group';
import { TextField } from '../../ui/text-field';
import { presentForQuickLog } from './people-groups';
import type { PeopleContext } from './people-context';
import { useLogContact } from './use-people';

export const contactKindWords: Record<ContactKind, () => string> = {
  meetup: () => t('people.log.meetup'),
  call: () => t('people.log.call'),
  message: () => t('people.log.message'),
};

interface ContactFormProps {
  person: Person;
  context: PeopleContext;
  onDone: (message?: string) => void;
}

/** A meet-up, call or message on a day up to today, with who of us was there. */
export function ContactForm({ person, context, onDone }: ContactFormProps) {
  const log = useLogContact(context.spaceId, person.id);
  const [kind, setKind] = useState<ContactKind>('meetup');
  const [date, setDate] = useState(context.today);
  const [presentIds, setPresentIds] = useState(() =>
    presentForQuickLog(
      person,
      context.myId,
      context.members.map((member) => member.userId),
    ),
  );
  const [note, setNote] = useState('');
  const [presentMissing, setPresentMissing] = useState(false);
  // Only the owner can be logged with someone private; alone in a space, it is just me.
  const askWho = !person.private && context.members.length > 1;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (presentIds.length === 0) {
      setPresentMissing(true);
      return;
    }
    log
      .mutateAsync({
        kind,
        date,
        presentIds: askWho ? presentIds : [context.myId],
        ...(note.trim() !== '' ? { note: note.trim() } : {}),
      })
      .then(
        () => onDone(t('people.log.saved')),
        () => undefined, // shown by FormError
      );
  };

  return (
    <form className="form people-contact-form" onSubmit={submit} noValidate>
      <FormError error={log.error} fields={['kind', 'date', 'presentIds', 'note']} />
      <RadioGroup<ContactKind>
        legend={t('people.log.kind')}
        name={`kind-${person.id}`}
        layout="inline"
        options={(['meetup', 'call', 'message'] as const).map((value) => ({
          value,
          label: contactKindWords[value](),
        }))}
        value={kind}
        onChange={setKind}
        error={fieldError(log.error, 'kind')}
      />
      <TextField
        label={t('people.log.date')}
        type="date"
        name="date"
        max={context.today}
        value={date}
        onChange={(event) => setDate(event.target.value)}
        error={fieldError(log.error, 'date')}
      />
      {askWho ? (
        <fieldset className="people-present" aria-describedby={`present-${person.id}-error`}>
          <legend className="field__label">{t('people.log.present')}</legend>
          {context.members.map((member) => (
            <Checkbox
              key={member.userId}
              label={member.displayName}
              checked={presentIds.includes(member.userId)}
              onChange={(event) => {
                setPresentMissing(false);
                setPresentIds((current) =>
                  event.target.checked
                    ? [...current, member.userId]
                    : current.filter((id) => id !== member.userId),
                );
              }}
            />
          ))}
          {presentMissing || fieldError(log.error, 'presentIds') ? (
            <p className="field__error" id={`present-${person.id}-error`}>
              {presentMissing
                ? t('people.log.presentMissing')
                : fieldError(log.error, 'presentIds')}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <TextField
        label={t('people.log.note')}
        hint={t('people.log.noteHint')}
        name="note"
        maxLength={280}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fieldError(log.error, 'note')}
      />
      <div className="button-row">
        <Button type="submit" busy={log.isPending}>
          {t('people.log.save')}
        </Button>
        <Button
          variant="quiet"
          onClick={() => {
            log.reset();
            onDone();
          }}
        >
          {t('people.log.cancel')}
        </Button>
      </div>
    </form>
  );
}
