import type { DecisionLog } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { percentText, type People } from './people';

type LogItem = DecisionLog['items'][number];

/** One past decision with each person's concession, in `order`; null where there was none. */
export interface LogRow {
  decisionId: string;
  question: string;
  chosen: string | null;
  decidedAt: string;
  conceded: { userId: string; share: number | null }[];
}

/** The members who appear anywhere in the log, in `order` (me first), then any who have left. */
export function logMembers(log: DecisionLog, order: readonly string[]): string[] {
  const seen = new Set([
    ...log.totals.map((total) => total.userId),
    ...log.items.flatMap((item) => item.concessions.map((c) => c.userId)),
  ]);
  return [...order.filter((id) => seen.has(id)), ...[...seen].filter((id) => !order.includes(id))];
}

const rowOf = (item: LogItem, members: readonly string[]): LogRow => ({
  decisionId: item.decisionId,
  question: item.question,
  chosen: item.chosen,
  decidedAt: item.decidedAt,
  conceded: members.map((userId) => ({
    userId,
    share: item.concessions.find((c) => c.userId === userId)?.conceded ?? null,
  })),
});

/** The log as rows, oldest first as the server sends it (for the chart and its table). */
export const logRows = (log: DecisionLog, members: readonly string[]): LogRow[] =>
  log.items.map((item) => rowOf(item, members));

/** Each person's average concession over the decisions they gave a ballot in. */
export function averages(log: DecisionLog, members: readonly string[]) {
  return members.flatMap((userId) => {
    const total = log.totals.find((t) => t.userId === userId);
    // `conceded` is the sum over their decisions: the average is what a couple can compare.
    if (!total || total.decisions === 0) return [];
    return [{ userId, average: total.conceded / total.decisions, decisions: total.decisions }];
  });
}

/** How far apart the averages may be and still read as "about even". */
const EVEN = 0.15;

/**
 * The totals in sentences: each one's average, then whether it has evened out. Never a
 * verdict on anyone: if one of us gives way more, the words say what Tandem does about it.
 */
export function totalSentences(log: DecisionLog, people: People): string[] {
  const members = logMembers(log, people.order);
  const each = averages(log, members);
  const sentences = each.map(({ userId, average, decisions }) => {
    const vars = { count: decisions, percent: percentText(average) };
    return userId === people.myId
      ? t('decide.log.average.me', vars)
      : t('decide.log.average.other', { ...vars, name: people.nameOf(userId) });
  });
  // One decision says nothing yet about how it evens out.
  if (each.length < 2 || each.some((one) => one.decisions < 2)) return sentences;
  const sorted = [...each].sort((a, b) => b.average - a.average);
  const most = sorted[0];
  const least = sorted[sorted.length - 1];
  if (!most || !least) return sentences;
  if (most.average - least.average <= EVEN) sentences.push(t('decide.log.even'));
  else if (most.userId === people.myId) sentences.push(t('decide.log.moreMe'));
  else sentences.push(t('decide.log.moreOther', { name: people.nameOf(most.userId) }));
  return sentences;
}
