import { useRef } from 'react';
import { Link } from 'react-router';
import { format, t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { cx } from '../../../ui/class-names';
import { FormError } from '../../../ui/form-error';
import type { Inbox } from './inbox-api';
import {
  notificationPath,
  notificationText,
  senderOf,
  type SenderClues,
} from './notification-words';
import { relativeTime } from './relative-time';
import { useMarkRead } from './use-inbox';
import { useMinute } from './use-minute';

interface NotificationListProps {
  spaceId: string;
  inbox: Inbox;
  clues: SenderClues;
  timeZone: string;
}

/**
 * My notifications, newest first, in words and with how long ago; the unread ones marked. Each
 * leads to its place and is marked read on the way.
 */
export function NotificationList({ spaceId, inbox, clues, timeZone }: NotificationListProps) {
  const now = useMinute();
  const markRead = useMarkRead(spaceId);
  const heading = useRef<HTMLHeadingElement>(null);

  const markAll = () =>
    markRead.mutate(
      { all: true },
      // The button goes with the last unread one: focus goes back to the list's heading.
      { onSuccess: () => heading.current?.focus() },
    );

  return (
    <section className="section section--first" aria-labelledby="inbox-list-title">
      <div className="inbox-list__header">
        <h2 id="inbox-list-title" ref={heading} tabIndex={-1}>
          {t('connect.inbox.listTitle')}
        </h2>
        {inbox.unread > 0 ? (
          <Button variant="secondary" busy={markRead.isPending} onClick={markAll}>
            {t('connect.inbox.markAll')}
          </Button>
        ) : null}
      </div>
      <FormError error={markRead.error} />
      {inbox.items.length === 0 ? (
        <p className="muted">{t('connect.inbox.empty')}</p>
      ) : (
        <ul className="inbox-list">
          {inbox.items.map((item) => (
            <li key={item.id} className={cx('inbox-item', !item.read && 'inbox-item--unread')}>
              {item.read ? null : (
                <span className="inbox-item__dot">
                  <span className="visually-hidden">{t('connect.inbox.unread')}</span>
                </span>
              )}
              <Link
                className="inbox-item__link"
                to={notificationPath(spaceId, item)}
                onClick={() => {
                  if (!item.read) markRead.mutate({ ids: [item.id] });
                }}
              >
                {notificationText(item, senderOf(item, clues))}
              </Link>
              <time
                className="muted inbox-item__time"
                dateTime={item.createdAt}
                title={format.dateTime(item.createdAt, timeZone)}
              >
                {relativeTime(item.createdAt, now, timeZone)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
