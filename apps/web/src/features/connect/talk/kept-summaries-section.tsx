import type { Member } from '@tandem/shared';
import { format, t } from '../../../lib/i18n';
import { nameIn } from './talk-people';
import { useKeptSummaries } from './use-talk';

interface KeptSummariesSectionProps {
  spaceId: string;
  myId: string;
  timeZone: string;
  members: readonly Member[];
}

/**
 * "Kept from our conversations": what anyone chose to keep of a conversation is the space's,
 * so in a household the others read it too — the conversation itself stays between its two.
 */
export function KeptSummariesSection({
  spaceId,
  myId,
  timeZone,
  members,
}: KeptSummariesSectionProps) {
  const kept = useKeptSummaries(spaceId);
  const items = kept.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="section" aria-labelledby="talk-kept-title">
      <h2 id="talk-kept-title">{t('connect.talk.kept.title')}</h2>
      <ul className="item-list">
        {items.map((item) => (
          <li key={`${item.sessionId}-${item.userId}`} className="card">
            <h3 className="card__title">{item.topic}</h3>
            <p>{item.text}</p>
            <p className="muted">
              {t('connect.talk.kept.meta', {
                name:
                  item.userId === myId ? t('connect.talk.kept.you') : nameIn(members, item.userId),
                date: format.date(item.createdAt, timeZone),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
