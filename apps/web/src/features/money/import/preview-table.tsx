import { useId, useState } from 'react';
import { format, t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { cx } from '../../../ui/class-names';
import {
  amountShown,
  duplicateInWords,
  isPicked,
  problemBesideLine,
  type Picks,
  type PreviewRow,
} from './import-rows';

/** Rows drawn at first: a few years of a busy account would be thousands. */
const FIRST_ROWS = 200;

interface PreviewTableProps {
  rows: readonly PreviewRow[];
  picks: Picks;
  onPick: (line: number, picked: boolean) => void;
  /** Why the last import refused a line, by line. */
  refused: ReadonlyMap<number, string>;
  fileName: string;
}

/** The file's rows as they would be imported, each with a box to leave it out. */
export function PreviewTable({ rows, picks, onPick, refused, fileName }: PreviewTableProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <>
      <table className="import-table">
        <caption className="import-table__caption">
          {t('money.import.preview.caption', { file: fileName })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="import-table__pick">
              {t('money.import.preview.col.pick')}
            </th>
            <th scope="col">{t('money.import.preview.col.date')}</th>
            <th scope="col">{t('money.import.preview.col.what')}</th>
            <th scope="col" className="import-table__amount">
              {t('money.import.preview.col.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <PreviewLine
              key={row.line}
              row={row}
              picked={isPicked(row, picks)}
              onPick={(picked) => onPick(row.line, picked)}
              refused={refused.get(row.line)}
            />
          ))}
        </tbody>
      </table>
      {shown.length < rows.length ? (
        <div className="button-row import-table__more">
          <Button variant="secondary" onClick={() => setShowAll(true)}>
            {t('money.import.preview.showAll', { count: rows.length })}
          </Button>
        </div>
      ) : null}
    </>
  );
}

interface PreviewLineProps {
  row: PreviewRow;
  picked: boolean;
  onPick: (picked: boolean) => void;
  refused: string | undefined;
}

function PreviewLine({ row, picked, onPick, refused }: PreviewLineProps) {
  const id = useId();
  const problem = refused ?? row.error ?? undefined;
  const amount = amountShown(row);
  const described = [row.duplicateOf ? `${id}-duplicate` : '', problem ? `${id}-problem` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <tr
      className={cx(
        'import-row',
        !picked && 'import-row--out',
        picked && problem !== undefined && 'import-row--wrong',
      )}
    >
      <td className="import-table__pick">
        {/* The whole cell is the tap target; the box is named after its line and what for. */}
        <label className="import-row__pick">
          <input
            type="checkbox"
            className="checkbox__input"
            checked={picked}
            onChange={(event) => onPick(event.target.checked)}
            aria-label={t('money.import.preview.pick', { line: row.line, what: row.description })}
            aria-describedby={described || undefined}
            aria-invalid={picked && problem !== undefined ? true : undefined}
          />
        </label>
      </td>
      <td className="import-row__date">
        {row.spentOn ? (
          format.date(`${row.spentOn}T00:00:00Z`, 'UTC')
        ) : (
          <span className="muted">{t('money.import.preview.noDate')}</span>
        )}
        <span className="import-row__line">
          {t('money.import.preview.line', { line: row.line })}
        </span>
      </td>
      <td className="import-row__what">
        {row.description}
        {row.duplicateOf ? (
          <span className="badge badge--quiet import-row__badge" id={`${id}-duplicate`}>
            {duplicateInWords(row.duplicateOf)}
          </span>
        ) : null}
        {problem ? (
          <span className="import-row__problem" id={`${id}-problem`}>
            {problemBesideLine(problem)}
          </span>
        ) : null}
      </td>
      <td className="import-table__amount">
        {amount ? (
          <>
            {amount.text}
            {amount.tag ? <span className="badge import-row__badge">{amount.tag}</span> : null}
          </>
        ) : (
          <span className="muted">{t('money.import.preview.noAmount')}</span>
        )}
      </td>
    </tr>
  );
}
