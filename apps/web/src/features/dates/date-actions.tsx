import { useRef, useState } from 'react';
import type { PlannedDate } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { FormError } from '../../ui/form-error';
import type { DatesContext } from './dates-context';
import { myAnswer } from './date-groups';
import { DateWordsForm } from './date-words-form';
import { MemoryForm } from './memory-form';
import { RescheduleForm } from './reschedule-form';
import { useAnswerDate, useCancelDate } from './use-dates';

interface DateActionsProps {
  date: PlannedDate;
  context: DatesContext;
  /** The id of the date's title, which names each button's date in a list. */
  titleId?: string | undefined;
  /** On its own page: changing one's answer and the date's words too. */
  full?: boolean;
  /** After a change, with a sentence to say; the date may have moved elsewhere on the page. */
  onDone: (message: string) => void;
}

type Open = 'none' | 'reschedule' | 'words' | 'memory';

/**
 * What I may do about a date, by its capabilities: answer, suggest another time, call it off
 * (its planner), add a memory once it has begun — one form open at a time, in place.
 */
export function DateActions({ date, context, titleId, full = false, onDone }: DateActionsProps) {
  const [open, setOpen] = useState<Open>('none');
  const answer = useAnswerDate(context.spaceId, date.id);
  const cancel = useCancelDate(context.spaceId, date.id);
  const row = useRef<HTMLDivElement>(null);
  const { canEdit, canAnswer, canReschedule, canCancel, canAddMemory } = date.capabilities;
  const mine = myAnswer(date, context.myId);
  const title = date.title;
  const upcoming = !date.past;

  const close = () => {
    setOpen('none');
    requestAnimationFrame(() => row.current?.querySelector<HTMLElement>('button')?.focus());
  };
  const saved = (message: string) => {
    setOpen('none');
    onDone(message);
  };
  // Not `mutate` callbacks: once the answer is on screen this card may be elsewhere, and with
  // it the observer they would be called through.
  const after = (request: Promise<unknown>, message: string) =>
    void request.then(
      () => onDone(message),
      () => undefined, // shown by FormError
    );
  const say = (value: 'accepted' | 'declined') =>
    after(
      answer.mutateAsync(value),
      t(value === 'accepted' ? 'dates.answered.yes' : 'dates.answered.no', { title }),
    );

  if (open === 'reschedule') {
    return <RescheduleForm date={date} context={context} onSaved={saved} onCancel={close} />;
  }
  if (open === 'words') {
    return <DateWordsForm spaceId={context.spaceId} date={date} onSaved={saved} onCancel={close} />;
  }
  if (open === 'memory') {
    return (
      <MemoryForm
        context={context}
        date={date}
        onSaved={() => saved(t('dates.memory.added'))}
        onCancel={close}
      />
    );
  }

  const answering = canAnswer && mine === 'invited';
  // The planner's way out is calling it off, not a no to their own plan.
  const planner = date.plannedBy === context.myId;
  const changing = full && canAnswer && (mine === 'declined' || (mine === 'accepted' && !planner));
  return (
    <div className="date-actions" ref={row}>
      <FormError error={answer.error ?? cancel.error} />
      {answering ? (
        <div className="button-row date-actions__answer">
          <Button
            aria-describedby={titleId}
            busy={answer.isPending && answer.variables === 'accepted'}
            disabled={answer.isPending}
            onClick={() => say('accepted')}
          >
            {t('dates.answer.accept')}
          </Button>
          <Button
            variant="secondary"
            aria-describedby={titleId}
            busy={answer.isPending && answer.variables === 'declined'}
            disabled={answer.isPending}
            onClick={() => say('declined')}
          >
            {t('dates.answer.decline')}
          </Button>
        </div>
      ) : null}
      <div className="button-row">
        {changing ? (
          <Button
            variant="secondary"
            busy={answer.isPending}
            onClick={() => say(mine === 'accepted' ? 'declined' : 'accepted')}
          >
            {mine === 'accepted' ? t('dates.answer.changeToNo') : t('dates.answer.changeToYes')}
          </Button>
        ) : null}
        {canReschedule && upcoming ? (
          <Button
            variant="secondary"
            aria-describedby={titleId}
            onClick={() => setOpen('reschedule')}
          >
            {t('dates.reschedule.open')}
          </Button>
        ) : null}
        {full && canEdit ? (
          <Button variant="secondary" onClick={() => setOpen('words')}>
            {t('dates.words.open')}
          </Button>
        ) : null}
        {canAddMemory ? (
          <Button variant="secondary" aria-describedby={titleId} onClick={() => setOpen('memory')}>
            {t('dates.memory.open')}
          </Button>
        ) : null}
        {canCancel && upcoming ? (
          <ConfirmAction
            label={t('dates.cancel.open')}
            accessibleLabel={t('dates.cancel.openNamed', { title })}
            question={t('dates.cancel.question', { title })}
            confirmLabel={t('dates.cancel.confirm')}
            cancelLabel={t('dates.cancel.keep')}
            busy={cancel.isPending}
            onConfirm={() => after(cancel.mutateAsync(), t('dates.cancel.done', { title }))}
          />
        ) : null}
      </div>
    </div>
  );
}
