import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { ButtonLink } from '../../../ui/button-link';
import { cx } from '../../../ui/class-names';
import type { InboxItem } from './inbox-api';
import { notificationPath, notificationText, senderOf } from './notification-words';
import { pickToast, type Seen } from './toast-pick';
import { useInbox, useMarkRead } from './use-inbox';
import { useSenderClues } from './use-sender-clues';

/** The inbox as last looked at, and the newest unread notification seen in it. */
interface Looked {
  items: readonly InboxItem[] | undefined;
  seen: Seen | undefined;
}

/** Long enough to read and reach; the inbox keeps it afterwards. */
const SHOWN_FOR_MS = 10_000;

/**
 * A gentle word when a notification arrives while the app is open: read out politely, never
 * taking focus, never for one that came silently in quiet hours. It goes after a few seconds,
 * when dismissed or opened, once read elsewhere, or when the person is already where it points
 * — it must never sit over what they are doing. The inbox keeps it either way.
 */
export function NotificationToast({ spaceId }: { spaceId: string }) {
  const inbox = useInbox(spaceId);
  const markRead = useMarkRead(spaceId);
  const items = inbox.data?.items;
  const [looked, setLooked] = useState<Looked>(() => ({
    items,
    seen: items ? pickToast(items, undefined).seen : undefined,
  }));
  const [toast, setToast] = useState<InboxItem>();
  // Each new inbox the server sends is looked at once, while rendering (no effect, no flash).
  if (items !== looked.items) {
    const pick = items ? pickToast(items, looked.seen) : { toast: undefined, seen: looked.seen };
    setLooked({ items, seen: pick.seen });
    if (pick.toast) setToast(pick.toast);
  }

  const { pathname } = useLocation();
  const current = toast && items?.find((item) => item.id === toast.id && !item.read);
  const senders = useSenderClues(spaceId, current ? [current] : []);
  const here = current !== undefined && notificationPath(spaceId, current) === pathname;
  const shown = current && senders.ready && !here ? current : undefined;

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(undefined), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  return (
    <div className={cx('toast', shown && 'toast--shown')}>
      <p className="toast__text" role="status">
        {shown ? notificationText(shown, senderOf(shown, senders.clues)) : null}
      </p>
      {shown ? (
        <div className="toast__actions">
          <ButtonLink
            variant="secondary"
            to={notificationPath(spaceId, shown)}
            onClick={() => {
              markRead.mutate({ ids: [shown.id] });
              setToast(undefined);
            }}
          >
            {t('connect.inbox.toast.open')}
          </ButtonLink>
          <Button variant="quiet" onClick={() => setToast(undefined)}>
            {t('connect.inbox.toast.dismiss')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
