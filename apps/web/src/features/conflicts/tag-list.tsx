import { t } from '../../lib/i18n';

/** A topic's tags as small labels; nothing when it has none. */
export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="resolve-tags" aria-label={t('resolve.tags.label')}>
      {tags.map((tag) => (
        <li key={tag} className="resolve-tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
