import { useState, type FormEvent } from 'react';
import type { Member, SpaceKind } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { ButtonLink } from '../../../ui/button-link';
import { FormError } from '../../../ui/form-error';
import { RadioGroup } from '../../../ui/radio-group';
import { SelectField } from '../../../ui/select-field';
import { TextArea } from '../../../ui/text-area';
import { TextField } from '../../../ui/text-field';
import { spacePath } from '../../spaces/space-paths';
import { useMinute } from '../inbox/use-minute';
import { nameIn } from '../talk/talk-people';
import {
  deliveryFor,
  pickRange,
  sentConfirmation,
  tomorrowMorning,
  whenInWords,
  type DeliveryChoice,
  type DeliveryProblem,
} from './delivery';
import { useSendAppreciation } from './use-appreciate';

/** The server's limit on a note's length. */
const TEXT_MAX_CHARS = 1000;
const fields = ['text', 'to', 'deliverAt'];

type Problems = Partial<Record<'text' | 'to' | 'deliverAt', string>>;

const problemWords: Record<DeliveryProblem, () => string> = {
  pickMissing: () => t('connect.appreciate.send.pickMissing'),
  pickPast: () => t('connect.appreciate.send.pickPast'),
  pickTooFar: () => t('connect.appreciate.send.pickTooFar'),
};

interface SendSectionProps {
  spaceId: string;
  spaceKind: SpaceKind;
  members: readonly Member[];
  timeZone: string;
}

/**
 * "Send an appreciation": what I appreciate, in a household who it is for, and when it should
 * arrive — now, tomorrow morning in my time zone, or at a time I pick. A scheduled note stays
 * out of sight until then.
 */
export function SendSection({ spaceId, spaceKind, members, timeZone }: SendSectionProps) {
  const send = useSendAppreciation(spaceId);
  const now = new Date(useMinute());
  const others = members.filter((member) => !member.isMe);
  const choosing = spaceKind === 'household';
  const [text, setText] = useState('');
  const [to, setTo] = useState('');
  const [choice, setChoice] = useState<DeliveryChoice>('now');
  const [picked, setPicked] = useState('');
  const [local, setLocal] = useState<Problems>({});
  const [confirmation, setConfirmation] = useState<string>();
  const errorOf = (field: keyof Problems) => local[field] ?? fieldError(send.error, field);
  const edited = () => {
    setLocal({});
    setConfirmation(undefined);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const sentAt = new Date();
    const problems: Problems = {};
    if (text.trim() === '') problems.text = t('connect.appreciate.send.textMissing');
    if (choosing && to === '') problems.to = t('connect.appreciate.send.toMissing');
    const delivery = deliveryFor(choice, picked, timeZone, sentAt);
    if ('problem' in delivery) problems.deliverAt = problemWords[delivery.problem]();
    setLocal(problems);
    if (Object.keys(problems).length > 0 || 'problem' in delivery) return;
    send.mutate(
      {
        text: text.trim(),
        ...(choosing ? { to } : {}),
        ...(delivery.deliverAt ? { deliverAt: delivery.deliverAt } : {}),
      },
      {
        onSuccess: (note) => {
          setConfirmation(sentConfirmation(note, nameIn(members, note.toId), timeZone, new Date()));
          setText('');
          setChoice('now');
          setPicked('');
        },
      },
    );
  };

  const range = pickRange(timeZone, now);
  const pickError = choice === 'pick' ? errorOf('deliverAt') : undefined;

  return (
    <section className="section section--first card" aria-labelledby="appreciate-send-title">
      <h2 id="appreciate-send-title">{t('connect.appreciate.send.title')}</h2>
      {others.length === 0 ? (
        <>
          <p>{t('connect.appreciate.send.alone')}</p>
          <ButtonLink variant="secondary" to={spacePath(spaceId, 'members')}>
            {t('connect.appreciate.send.invite')}
          </ButtonLink>
        </>
      ) : (
        <form className="form" onSubmit={submit} aria-labelledby="appreciate-send-title" noValidate>
          <FormError error={send.error} fields={fields} />
          <TextArea
            label={t('connect.appreciate.send.text')}
            hint={t('connect.appreciate.send.textHint')}
            name="text"
            required
            maxLength={TEXT_MAX_CHARS}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              edited();
            }}
            error={errorOf('text')}
          />
          {choosing ? (
            <SelectField
              label={t('connect.appreciate.send.to')}
              name="to"
              required
              value={to}
              onChange={(event) => {
                setTo(event.target.value);
                edited();
              }}
              error={errorOf('to')}
            >
              <option value="">{t('connect.appreciate.send.toChoose')}</option>
              {others.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.displayName}
                </option>
              ))}
            </SelectField>
          ) : (
            <p className="muted appreciate-send__to">
              {t('connect.appreciate.send.for', { name: others[0]?.displayName ?? '' })}
            </p>
          )}
          <RadioGroup<DeliveryChoice>
            legend={t('connect.appreciate.send.when')}
            name="when"
            layout="list"
            options={[
              { value: 'now', label: t('connect.appreciate.send.now') },
              {
                value: 'morning',
                label: t('connect.appreciate.send.morning'),
                description: t('connect.appreciate.send.morningHint', {
                  when: whenInWords(tomorrowMorning(timeZone, now), timeZone, now),
                }),
              },
              { value: 'pick', label: t('connect.appreciate.send.pick') },
            ]}
            value={choice}
            onChange={(value) => {
              setChoice(value);
              edited();
            }}
            error={choice === 'pick' ? undefined : errorOf('deliverAt')}
          />
          {choice === 'pick' ? (
            <TextField
              label={t('connect.appreciate.send.pickAt')}
              hint={t('connect.appreciate.send.pickHint', { zone: timeZone.replaceAll('_', ' ') })}
              type="datetime-local"
              name="deliverAt"
              required
              min={range.min}
              max={range.max}
              value={picked}
              onChange={(event) => {
                setPicked(event.target.value);
                edited();
              }}
              error={pickError}
            />
          ) : null}
          {confirmation ? <Alert tone="success">{confirmation}</Alert> : null}
          <Button type="submit" busy={send.isPending} className="appreciate-send__submit">
            {t('connect.appreciate.send.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
