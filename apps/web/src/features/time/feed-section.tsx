import { useRef, useState } from 'react';
import { LoadError } from '../../app/load-error';
import { format, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { Loading } from '../../ui/loading';
import { TextField } from '../../ui/text-field';
import { copyText } from '../invites/copy-text';
import { useFeed, useMakeFeed, useStopFeed } from './use-time';

/**
 * "Subscribe in your calendar": my own secret address for Google, Apple or Outlook calendar.
 * The server keeps only its hash, so it is shown once, when made; a new one stops the old.
 */
export function FeedSection({ spaceId }: { spaceId: string }) {
  const feed = useFeed(spaceId);
  const make = useMakeFeed(spaceId);
  const stop = useStopFeed(spaceId);
  const [url, setUrl] = useState<string>();
  const [stopped, setStopped] = useState(false);

  const onMake = () => {
    setStopped(false);
    make.mutateAsync().then(
      (made) => setUrl(made.url ?? undefined),
      () => undefined, // shown by FormError
    );
  };
  const onStop = () => {
    stop.mutateAsync().then(
      () => {
        setUrl(undefined);
        setStopped(true);
      },
      () => undefined,
    );
  };

  let content;
  if (feed.error) {
    content = <LoadError error={feed.error} onRetry={() => void feed.refetch()} />;
  } else if (!feed.data) {
    content = <Loading />;
  } else if (!url && feed.data.createdAt === null) {
    content = (
      <div className="button-row">
        <Button busy={make.isPending} onClick={onMake}>
          {t('time.feed.make')}
        </Button>
      </div>
    );
  } else {
    content = (
      <>
        {url ? (
          <FeedAddress url={url} />
        ) : (
          <>
            <p>{t('time.feed.made', { date: format.date(feed.data.createdAt ?? '') })}</p>
            <p className="muted">{t('time.feed.madeHint')}</p>
          </>
        )}
        <p className="muted">{t('time.feed.changeHint')}</p>
        <div className="button-row">
          <Button variant="secondary" busy={make.isPending} onClick={onMake}>
            {t('time.feed.remake')}
          </Button>
          <Button variant="secondary" busy={stop.isPending} onClick={onStop}>
            {t('time.feed.stop')}
          </Button>
        </div>
      </>
    );
  }

  return (
    <section className="card section time-feed" aria-labelledby="time-feed-title">
      <h2 id="time-feed-title">{t('time.feed.title')}</h2>
      <p className="muted">{t('time.feed.lead')}</p>
      <FormError error={make.error ?? stop.error} />
      {content}
      {stopped ? <Alert tone="success">{t('time.feed.stopped')}</Alert> : null}
      <h3 className="time-feed__how-title">{t('time.feed.howTitle')}</h3>
      <ul className="time-feed__how">
        <li>{t('time.feed.how.google')}</li>
        <li>{t('time.feed.how.apple')}</li>
        <li>{t('time.feed.how.outlook')}</li>
      </ul>
      <p className="muted">{t('time.feed.howDelay')}</p>
    </section>
  );
}

/** The new address, read-only, with "Copy address" (where copying is refused, it is selected). */
function FeedAddress({ url }: { url: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copyResult, setCopyResult] = useState<'copied' | 'selected'>();
  const copy = async () => {
    const copied = await copyText(url);
    if (!copied) {
      input.current?.focus();
      input.current?.select();
    }
    setCopyResult(copied ? 'copied' : 'selected');
  };
  return (
    <div className="time-feed__address">
      <TextField
        ref={input}
        label={t('time.feed.address')}
        hint={t('time.feed.addressHint')}
        readOnly
        value={url}
        onFocus={(event) => event.target.select()}
      />
      <div className="button-row">
        <Button onClick={() => void copy()}>{t('time.feed.copy')}</Button>
      </div>
      {copyResult === 'copied' ? <Alert tone="success">{t('time.feed.copied')}</Alert> : null}
      {copyResult === 'selected' ? <Alert tone="info">{t('time.feed.copyFallback')}</Alert> : null}
    </div>
  );
}
