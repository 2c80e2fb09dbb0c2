import { useState } from 'react';
import { format, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { TextField } from '../../ui/text-field';
import type { Repair, RepairKind } from './conflicts-api';
import type { NameOf } from './people';
import { quickRepairs, repairLine, repairPhrase } from './repair-words';
import { useLogRepair } from './use-conflicts';

const WORDS_MAX = 500;
const SHOWN = 10;

interface RepairsSectionProps {
  spaceId: string;
  /** On a topic's page, its repairs; on the list, the ones for the whole space. */
  topicId: string | null;
  repairs: readonly Repair[];
  nameOf: NameOf;
  timeZone: string;
  /** On the list: the title of the topic a repair was about, to say so. */
  topicTitleOf?: (topicId: string) => string | undefined;
}

/**
 * Repair attempts: a small way back to each other, at any time, even in the middle of it — one
 * tap, with a few words of one's own if wanted — and the ones made so far, newest first.
 */
export function RepairsSection({
  spaceId,
  topicId,
  repairs,
  nameOf,
  timeZone,
  topicTitleOf,
}: RepairsSectionProps) {
  const log = useLogRepair(spaceId);
  const [words, setWords] = useState('');
  const [missingWords, setMissingWords] = useState(false);
  // Keyed by a counter, so two repairs in a row are both announced.
  const [sent, setSent] = useState<{ key: number }>();
  const titleId = topicId ? 'resolve-repairs-topic-title' : 'resolve-repairs-title';

  const send = (kind: RepairKind) => {
    const text = words.trim();
    if (kind === 'other' && text === '') {
      setMissingWords(true);
      return;
    }
    log.mutate(
      { kind, topicId, ...(text === '' ? {} : { text }) },
      {
        onSuccess: () => {
          setWords('');
          setSent((current) => ({ key: (current?.key ?? 0) + 1 }));
        },
      },
    );
  };
  const newest = [...repairs]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, SHOWN);

  return (
    <section className="card resolve-repairs" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('resolve.repair.title')}</h2>
      <p className="muted">{t('resolve.repair.lead')}</p>
      {sent ? (
        <Alert key={sent.key} tone="success">
          {t('resolve.repair.sent')}
        </Alert>
      ) : null}
      <FormError error={log.error} fields={['text']} />
      <TextField
        label={t('resolve.repair.words')}
        hint={t('resolve.repair.wordsHint')}
        name="repairWords"
        autoComplete="off"
        maxLength={WORDS_MAX}
        value={words}
        onChange={(event) => {
          setWords(event.target.value);
          setMissingWords(false);
        }}
        error={missingWords ? t('resolve.repair.wordsNeeded') : undefined}
      />
      <div className="button-row resolve-repairs__buttons">
        {quickRepairs.map((kind) => (
          <Button
            key={kind}
            variant="secondary"
            disabled={log.isPending}
            busy={log.isPending && log.variables.kind === kind}
            onClick={() => send(kind)}
          >
            {repairPhrase(kind)}
          </Button>
        ))}
        <Button
          variant="quiet"
          disabled={log.isPending}
          busy={log.isPending && log.variables.kind === 'other'}
          onClick={() => send('other')}
        >
          {t('resolve.repair.sendOwn')}
        </Button>
      </div>
      {newest.length > 0 ? (
        <>
          <h3 className="resolve-repairs__made">{t('resolve.repair.made')}</h3>
          <ul className="resolve-repairs__list">
            {newest.map((repair) => (
              <li key={repair.id}>
                <span>{repairLine(repair, nameOf)}</span>{' '}
                {repair.topicId && topicTitleOf?.(repair.topicId) ? (
                  <span className="resolve-repairs__about">
                    {t('resolve.repair.about', { title: topicTitleOf(repair.topicId) ?? '' })}
                  </span>
                ) : null}{' '}
                <span className="muted resolve-repairs__when">
                  {format.dateTime(repair.createdAt, timeZone)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
