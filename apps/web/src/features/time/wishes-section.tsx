import { useRef, useState, type FormEvent } from 'react';
import { LoadError } from '../../app/load-error';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { Loading } from '../../ui/loading';
import { TextField } from '../../ui/text-field';
import { hoursText, parseHours } from './durations';
import { kindOrder, type EventKind } from './event-kinds';
import type { TimeContext } from './time-context';
import type { Minutes } from './time-api';
import { useSaveWishes, useWishes } from './use-time';

type Typed = Partial<Record<EventKind, string>>;

/** "What balance do you wish for?": my hours a week for each kind of time. */
export function WishesSection({ context }: { context: TimeContext }) {
  const wishes = useWishes(context.spaceId);
  const mine = wishes.data?.items.find((item) => item.userId === context.myId)?.minutes;

  let content;
  if (wishes.error) {
    content = <LoadError error={wishes.error} onRetry={() => void wishes.refetch()} />;
  } else if (!wishes.data) {
    content = <Loading />;
  } else {
    content = <WishesForm spaceId={context.spaceId} mine={mine ?? {}} />;
  }
  return (
    <section className="card section time-wishes" aria-labelledby="time-wishes-title">
      <h2 id="time-wishes-title">{t('time.wishes.title')}</h2>
      <p className="muted">{t('time.wishes.lead')}</p>
      {content}
    </section>
  );
}

function WishesForm({ spaceId, mine }: { spaceId: string; mine: Minutes }) {
  const save = useSaveWishes(spaceId);
  // What was typed, kind by kind; a kind not touched shows what is saved.
  const [typed, setTyped] = useState<Typed>({});
  const [invalid, setInvalid] = useState<readonly EventKind[]>([]);
  const [saved, setSaved] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const shown = (kind: EventKind) => typed[kind] ?? hoursText(mine[kind]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const minutes: Minutes = {};
    const wrong: EventKind[] = [];
    for (const kind of kindOrder) {
      const hours = parseHours(shown(kind));
      if (!hours.ok) wrong.push(kind);
      else if (hours.minutes !== null) minutes[kind] = hours.minutes;
    }
    setInvalid(wrong);
    if (wrong.length > 0) {
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setSaved(0);
    save.mutateAsync(minutes).then(
      () => {
        setTyped({});
        setSaved((count) => count + 1);
      },
      () => undefined, // shown by FormError
    );
  };

  return (
    <form
      ref={form}
      className="form time-wishes__form"
      onSubmit={submit}
      aria-label={t('time.wishes.title')}
      noValidate
    >
      <FormError error={save.error} fields={kindOrder.map((kind) => `minutes.${kind}`)} />
      <p className="field__hint">{t('time.wishes.hint')}</p>
      <div className="time-wishes__fields">
        {kindOrder.map((kind) => (
          <TextField
            key={kind}
            label={t(`time.wishes.field.${kind}`)}
            inputMode="decimal"
            autoComplete="off"
            value={shown(kind)}
            onChange={(event) => {
              setSaved(0);
              setInvalid((current) => current.filter((k) => k !== kind));
              setTyped((current) => ({ ...current, [kind]: event.target.value }));
            }}
            error={
              invalid.includes(kind)
                ? t('time.wishes.invalid')
                : fieldError(save.error, `minutes.${kind}`)
            }
          />
        ))}
      </div>
      <div className="button-row">
        <Button type="submit" busy={save.isPending}>
          {t('time.wishes.save')}
        </Button>
      </div>
      {saved > 0 ? (
        <Alert key={saved} tone="success">
          {t('time.wishes.saved')}
        </Alert>
      ) : null}
    </form>
  );
}
