import { useRef, useState, type FormEvent } from 'react';
import type { LiveSession, Member } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { TextArea } from '../../../ui/text-area';
import { MoveError } from './move-error';
import { SUMMARY_MAX_CHARS } from './talk-moves';
import { nameIn } from './talk-people';
import { useDiscardSummary, useSaveSummary } from './use-talk';

interface SummarySectionProps {
  spaceId: string;
  session: LiveSession;
  myId: string;
  members: readonly Member[];
}

/**
 * Once it has ended: each may keep a few lines of what they understood or want to try, or
 * choose to keep nothing. What the two kept is shown to both.
 */
export function SummarySection({ spaceId, session, myId, members }: SummarySectionProps) {
  const save = useSaveSummary(spaceId, session.id);
  const discard = useDiscardSummary(spaceId, session.id);
  const mine = session.summaries.find((summary) => summary.userId === myId);
  // Writing is where one starts without a summary; "declined" remembers "Don't keep one".
  const [mode, setMode] = useState<'shown' | 'writing' | 'declined'>('shown');
  const [text, setText] = useState(mine?.text ?? '');
  const [empty, setEmpty] = useState(false);
  const writing = mode === 'writing' || (mode === 'shown' && !mine);
  const error = save.error ?? discard.error;
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone once it worked: carry on from the heading rather than the top of the page.
  const done = (next: typeof mode) => {
    setMode(next);
    requestAnimationFrame(() => {
      if (document.activeElement === document.body) heading.current?.focus();
    });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim() === '') {
      setEmpty(true);
      return;
    }
    discard.reset();
    save.mutate(text.trim(), { onSuccess: () => done('shown') });
  };
  const keepNothing = () => {
    save.reset();
    discard.mutate(undefined, {
      onSuccess: () => {
        setText('');
        done('declined');
      },
    });
  };

  return (
    <section className="section talk-summary" aria-labelledby="talk-summary-title">
      <h2 id="talk-summary-title" ref={heading} tabIndex={-1}>
        {t('connect.talk.summary.title')}
      </h2>
      {session.summaries.length > 0 ? (
        <>
          <h3>{t('connect.talk.summary.kept')}</h3>
          <ul className="item-list talk-summary__list">
            {session.summaries.map((summary) => (
              <li key={summary.userId} className="card talk-summary__item">
                <p className="talk-summary__who">
                  {summary.userId === myId
                    ? t('connect.talk.summary.mine')
                    : t('connect.talk.summary.theirs', { name: nameIn(members, summary.userId) })}
                </p>
                <p className="talk-summary__text">{summary.text}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <MoveError error={error} />
      {writing ? (
        <form
          className="form talk-summary__form"
          onSubmit={submit}
          aria-labelledby="talk-summary-title"
          noValidate
        >
          <p className="muted">{t('connect.talk.summary.lead')}</p>
          <TextArea
            label={t('connect.talk.summary.field')}
            name="summary"
            maxLength={SUMMARY_MAX_CHARS}
            rows={4}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setEmpty(false);
            }}
            error={empty ? t('connect.talk.summary.missing') : fieldError(save.error, 'text')}
          />
          <div className="button-row">
            <Button type="submit" busy={save.isPending} disabled={discard.isPending}>
              {t('connect.talk.summary.save')}
            </Button>
            <Button
              variant="secondary"
              busy={discard.isPending}
              disabled={save.isPending}
              onClick={keepNothing}
            >
              {t('connect.talk.summary.discard')}
            </Button>
          </div>
        </form>
      ) : mode === 'declined' && !mine ? (
        <>
          <p className="muted">{t('connect.talk.summary.none')}</p>
          <Button variant="secondary" onClick={() => setMode('writing')}>
            {t('connect.talk.summary.writeAnyway')}
          </Button>
        </>
      ) : (
        <div className="button-row">
          <Button
            variant="secondary"
            onClick={() => {
              setText(mine?.text ?? '');
              setMode('writing');
            }}
          >
            {t('connect.talk.summary.change')}
          </Button>
          <Button variant="quiet" busy={discard.isPending} onClick={keepNothing}>
            {t('connect.talk.summary.remove')}
          </Button>
        </div>
      )}
    </section>
  );
}
