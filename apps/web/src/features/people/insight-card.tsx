import type { PeopleInsight, Person } from '@tandem/shared';
import { format, t } from '../../lib/i18n';

/**
 * The gentle word when we haven't seen friends together for weeks, with who we might see.
 * It only observes; it never counts against anyone.
 */
export function InsightCard({ insight, people }: { insight: PeopleInsight; people: Person[] }) {
  const names = insight.suggestionIds
    .map((id) => people.find((person) => person.id === id)?.name)
    .filter((name) => name !== undefined);
  return (
    <section className="card people-insight" aria-labelledby="people-insight-title">
      <h2 id="people-insight-title">{t('people.insight.title')}</h2>
      <p className="people-insight__text">{t('people.insight.text', { count: insight.weeks })}</p>
      {names.length > 0 ? (
        <p>{t('people.insight.suggest', { names: format.list(names) })}</p>
      ) : null}
      <p className="muted">{t('people.insight.why')}</p>
    </section>
  );
}
