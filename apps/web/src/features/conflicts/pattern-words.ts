import { format, t } from '../../lib/i18n';
import type { TopicPattern } from './conflicts-api';

/** Most-recurring first: the tags on the most topics, then the most recent. */
export function recurringFirst(patterns: readonly TopicPattern[]): TopicPattern[] {
  return [...patterns].sort((a, b) => b.topics - a.topics || b.lastAt.localeCompare(a.lastAt));
}

/** "3 topics since 2 March, 1 still open" — how often a tag has come up, without judgement. */
export function patternLine(pattern: TopicPattern, timeZone: string): string {
  const since = format.date(pattern.firstAt, timeZone);
  const topics = t('resolve.patterns.topics', { count: pattern.topics, since });
  return pattern.open > 0
    ? t('resolve.patterns.withOpen', { topics, count: pattern.open })
    : topics;
}
