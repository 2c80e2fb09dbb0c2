import { t } from '../../lib/i18n';
import type { TopicPattern } from './conflicts-api';
import { patternLine, recurringFirst } from './pattern-words';

interface PatternsSectionProps {
  patterns: readonly TopicPattern[];
  timeZone: string;
}

/**
 * "What keeps coming back": the tags on more than one topic. Most lasting disagreements come
 * from differences between two people that stay — to understand and manage, not to win
 * (Gottman's "perpetual problems") — so the page says that, plainly, before the list.
 */
export function PatternsSection({ patterns, timeZone }: PatternsSectionProps) {
  const shown = recurringFirst(patterns);
  return (
    <section className="card resolve-patterns" aria-labelledby="resolve-patterns-title">
      <h2 id="resolve-patterns-title">{t('resolve.patterns.title')}</h2>
      <p>{t('resolve.patterns.lasting')}</p>
      {shown.length === 0 ? (
        <p className="muted">{t('resolve.patterns.none')}</p>
      ) : (
        <ul className="resolve-patterns__list">
          {shown.map((pattern) => (
            <li key={pattern.tag} className="resolve-pattern">
              <span className="resolve-tag">{pattern.tag}</span>{' '}
              <span>{patternLine(pattern, timeZone)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
