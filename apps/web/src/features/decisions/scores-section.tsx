import type { Ref } from 'react';
import type { Decision } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { headName, type People } from './people';
import { cellMarks, cellScore, scoreRows } from './scores-table';

/**
 * After the reveal, everyone's scores side by side: a row per option, a column per person (me
 * first). Marks are written out in each cell, never shown by colour alone.
 */
export function ScoresSection({
  decision,
  people,
  headingRef,
}: {
  decision: Decision;
  people: People;
  /** Given when the scores have just been revealed, for focus to land on. */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
}) {
  const rows = scoreRows(decision, people.order);
  const columns = rows[0]?.cells.map((cell) => cell.userId) ?? [];
  return (
    <section className="card section" aria-labelledby="scores-title">
      <h2 id="scores-title" ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {t('decide.scores.title')}
      </h2>
      <p className="muted">{t('decide.scores.lead')}</p>
      {/* Scrolls sideways on its own in a household of many, rather than widening the page. */}
      <div className="decision-scores" role="region" aria-labelledby="scores-title" tabIndex={0}>
        <table className="decision-scores__table">
          <caption className="visually-hidden">{t('decide.scores.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('decide.scores.option')}</th>
              {columns.map((userId) => (
                <th key={userId} scope="col">
                  {headName(people, userId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.optionId}>
                <th scope="row">
                  {row.label}
                  {row.recommended ? (
                    <span className="badge decision-scores__badge">
                      <span className="visually-hidden">{t('decide.scores.markSeparator')}</span>
                      {t('decide.scores.recommended')}
                    </span>
                  ) : null}
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.userId}>
                    <span className="decision-scores__score">{cellScore(cell)}</span>
                    {cellMarks(cell).map((mark) => (
                      // Each mark on its own line; read as "6, could live with it".
                      <span key={mark} className="decision-scores__mark">
                        <span className="visually-hidden">{t('decide.scores.markSeparator')}</span>
                        {mark}
                      </span>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
