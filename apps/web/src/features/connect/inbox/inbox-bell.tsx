import { NavLink } from 'react-router';
import { t } from '../../../lib/i18n';
import { inboxPath } from './inbox-path';
import { useInbox } from './use-inbox';

/** The most the badge spells out; beyond it, "99+". */
const MOST_SHOWN = 99;

/**
 * The bell in the header: a link to my inbox whose name carries the unread count
 * ("Notifications, 2 unread"); the badge says the same to the eye.
 */
export function InboxBell({ spaceId }: { spaceId: string }) {
  const unread = useInbox(spaceId).data?.unread ?? 0;
  return (
    <NavLink
      to={inboxPath(spaceId)}
      className="inbox-bell"
      aria-label={
        unread > 0 ? t('connect.inbox.bellUnread', { count: unread }) : t('connect.inbox.bell')
      }
    >
      <svg className="inbox-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3a6 6 0 0 0-6 6v3.6l-1.6 2.7A1 1 0 0 0 5.3 17h13.4a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6Z" />
        <path d="M9.5 19a2.5 2.5 0 0 0 5 0" />
      </svg>
      {unread > 0 ? (
        <span className="inbox-bell__count" aria-hidden="true">
          {unread > MOST_SHOWN ? t('connect.inbox.bellMany', { count: MOST_SHOWN }) : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
