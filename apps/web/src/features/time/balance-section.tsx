import type { WeekView } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { BalanceChart } from './balance-chart';
import { chartScale } from './balance-geometry';
import { balanceRows, balanceSentences, type BalanceRow } from './balance-words';
import { formatHours } from './durations';
import { meFirst, nameOf } from './people';
import type { TimeContext } from './time-context';
import type { RelativeWeek } from './week-nav';

interface BalanceSectionProps {
  context: TimeContext;
  week: WeekView;
  relative: RelativeWeek | undefined;
}

/**
 * Each member's week against the balance they wish for: the biggest gaps in a sentence or two,
 * then a chart of the hours, and the same figures as a table.
 */
export function BalanceSection({ context, week, relative }: BalanceSectionProps) {
  const { members, myId } = context;
  const order = meFirst(
    week.members.map((m) => m.userId),
    myId,
  );
  const rowsOf = new Map(week.members.map((m) => [m.userId, balanceRows(m)]));
  const scale = chartScale([...rowsOf.values()].flat());

  return (
    <section className="card time-balance" aria-labelledby="time-balance-title">
      <h3 id="time-balance-title">{t(`time.balance.title.${relative ?? 'other'}`)}</h3>
      <p className="muted">{t('time.balance.lead')}</p>
      <div className="time-balance__members">
        {order.map((userId) => {
          const member = week.members.find((m) => m.userId === userId);
          const rows = rowsOf.get(userId);
          if (!member || !rows) return null;
          const isMe = userId === myId;
          const name = nameOf(members, userId);
          const headingId = `time-balance-${userId}`;
          return (
            <article key={userId} className="time-balance__member" aria-labelledby={headingId}>
              <h4 id={headingId}>{isMe ? t('time.you') : name}</h4>
              <ul className="time-balance__sentences">
                {balanceSentences(member, { name, isMe }, relative).map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
              <BalanceChart rows={rows} scale={scale} name={name} isMe={isMe} />
              <BalanceTable rows={rows} name={name} isMe={isMe} />
            </article>
          );
        })}
      </div>
    </section>
  );
}

/** The chart's figures, for reading exactly and for screen readers. */
function BalanceTable({ rows, name, isMe }: { rows: BalanceRow[]; name: string; isMe: boolean }) {
  return (
    <table className="time-balance__table">
      <caption>{isMe ? t('time.balance.caption.me') : t('time.balance.caption', { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('time.balance.kind')}</th>
          <th scope="col">{t('time.balance.had')}</th>
          <th scope="col">{t('time.balance.wished')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.kind}>
            <th scope="row">{t(`time.kindRow.${row.kind}`)}</th>
            <td>{formatHours(row.actual)}</td>
            <td>{row.wished === null ? t('time.balance.notSaid') : formatHours(row.wished)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
