import { useId, useState, type FormEvent } from 'react';
import { LoadError } from '../../app/load-error';
import { fieldError } from '../../lib/api/error-message';
import { format, locale, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { Loading } from '../../ui/loading';
import { TextArea } from '../../ui/text-area';
import { othersNames } from './goal-groups';
import type { Reflection } from './growth-api';
import { nameOf, type GrowthContext } from './growth-context';
import { monthLabel, myReflection, reflectionBody, sharedByOthers } from './reflection-month';
import { useReflections, useSaveReflection } from './use-growth';

/** The gentle monthly question, my answer, and what the others chose to share. */
export function ReflectionSection({ context }: { context: GrowthContext }) {
  const reflections = useReflections(context.spaceId);

  let content;
  if (reflections.error) {
    content = <LoadError error={reflections.error} onRetry={() => void reflections.refetch()} />;
  } else if (!reflections.data) {
    content = <Loading />;
  } else {
    const { month, items } = reflections.data;
    const mine = myReflection(items, context.myId, month);
    const others = sharedByOthers(items, context.myId);
    content = (
      <>
        <p className="muted">{t('growth.reflection.lead', { month: monthLabel(month, locale) })}</p>
        {/* Keyed by month: when a new month begins, the question starts afresh. */}
        <ReflectionForm key={month} context={context} month={month} mine={mine} />
        {others.length > 0 ? <OthersReflections context={context} items={others} /> : null}
      </>
    );
  }

  return (
    <section className="card section growth-reflection" aria-labelledby="growth-reflection-title">
      <h2 id="growth-reflection-title">{t('growth.reflection.title')}</h2>
      {content}
    </section>
  );
}

interface ReflectionFormProps {
  context: GrowthContext;
  month: string;
  mine: Reflection | undefined;
}

function ReflectionForm({ context, month, mine }: ReflectionFormProps) {
  const save = useSaveReflection(context.spaceId);
  const [text, setText] = useState(mine?.text ?? '');
  const [shared, setShared] = useState(mine?.shared ?? false);
  const [missing, setMissing] = useState(false);
  const [savedCount, setSavedCount] = useState(0);
  const shareId = useId();
  const names = othersNames(context.members);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = reflectionBody(text, shared);
    if (!body) {
      setMissing(true);
      return;
    }
    setSavedCount(0);
    save.mutateAsync({ month, ...body }).then(
      () => setSavedCount((count) => count + 1),
      () => undefined, // shown by FormError
    );
  };

  return (
    <form className="form growth-reflection__form" onSubmit={submit} noValidate>
      <FormError error={save.error} fields={['text']} />
      <TextArea
        label={t('growth.reflection.field')}
        name="reflection"
        maxLength={2000}
        rows={4}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setMissing(false);
          setSavedCount(0);
        }}
        error={missing ? t('growth.reflection.missing') : fieldError(save.error, 'text')}
      />
      {/* The names sit beside the label, not in it, so the box is simply "Share it". */}
      <div className="checkbox">
        <input
          id={shareId}
          className="checkbox__input"
          type="checkbox"
          checked={shared}
          aria-describedby={`${shareId}-hint`}
          onChange={(event) => {
            setShared(event.target.checked);
            setSavedCount(0);
          }}
        />
        <div className="growth-reflection__share">
          <label className="checkbox__label" htmlFor={shareId}>
            {t('growth.reflection.share')}
          </label>
          <p className="checkbox__hint" id={`${shareId}-hint`}>
            {names.length > 0
              ? t('growth.reflection.shareWith', { names: format.list(names) })
              : t('growth.reflection.shareAlone')}
          </p>
        </div>
      </div>
      <div className="button-row">
        <Button type="submit" busy={save.isPending}>
          {t('growth.reflection.save')}
        </Button>
      </div>
      {savedCount > 0 ? (
        <Alert key={savedCount} tone="success">
          {t('growth.reflection.saved')}
        </Alert>
      ) : null}
    </form>
  );
}

function OthersReflections({ context, items }: { context: GrowthContext; items: Reflection[] }) {
  return (
    <div className="growth-reflection__others">
      <h3>{t('growth.reflection.others')}</h3>
      <ul className="growth-notes">
        {items.map((item) => (
          <li key={`${item.userId}-${item.month}`} className="growth-note">
            <p className="growth-note__meta">
              {t('growth.reflection.from', {
                name: nameOf(context.members, item.userId),
                month: monthLabel(item.month, locale),
              })}
            </p>
            <p className="growth-note__text">{item.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
