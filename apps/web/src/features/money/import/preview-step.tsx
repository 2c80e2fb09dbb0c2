import { useEffect, useRef } from 'react';
import type { ImportPreview } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { cx } from '../../../ui/class-names';
import { FormError } from '../../../ui/form-error';
import { Loading } from '../../../ui/loading';
import { countsInWords, countsOf, errorsByLine, importButtonText, type Picks } from './import-rows';
import { ImportStep } from './import-step';
import { PreviewTable } from './preview-table';

interface PreviewStepProps {
  preview: ImportPreview;
  fileName: string;
  picks: Picks;
  onPick: (line: number, picked: boolean) => void;
  onLeaveOutWrong: () => void;
  onStartOver: () => void;
  /** A changed choice is being previewed: what is shown is the preview before it. */
  updating: boolean;
  importing: boolean;
  importError: unknown;
  /** Why the import was not sent (nothing ticked). */
  problem: { message: string; key: number } | undefined;
}

/**
 * Step 3: every row as it would be imported, ticked unless it looks like a duplicate or is
 * money coming in; how many go in; and the button that imports exactly the rows ticked.
 */
export function PreviewStep(props: PreviewStepProps) {
  const { preview, picks, updating, importing, importError, problem } = props;
  const counts = countsOf(preview.rows, picks);
  const refused = errorsByLine(importError);
  return (
    <ImportStep number={3} title={t('money.import.preview.title')}>
      <p className="muted">{t(`money.import.preview.lead.${preview.kind}`)}</p>
      <p className="import-counts">{countsInWords(counts)}</p>
      {counts.wrong > 0 ? (
        <Alert tone="info" className="notice">
          {t('money.import.preview.wrong', { count: counts.wrong })}
        </Alert>
      ) : null}
      {updating ? <Loading label={t('money.import.preview.updating')} /> : null}
      <div className={cx('import-preview', updating && 'import-preview--updating')}>
        <PreviewTable
          rows={preview.rows}
          picks={picks}
          onPick={props.onPick}
          refused={refused}
          fileName={props.fileName}
        />
      </div>
      {refused.size > 0 ? (
        <RefusedLines error={importError} refused={refused} />
      ) : importError ? (
        <FormError error={importError} />
      ) : null}
      {problem ? (
        <Alert key={problem.key} tone="error">
          {problem.message}
        </Alert>
      ) : null}
      <div className="button-row import-actions">
        <Button type="submit" busy={importing} disabled={updating}>
          {importButtonText(counts)}
        </Button>
        {counts.wrong > 0 ? (
          <Button variant="secondary" onClick={props.onLeaveOutWrong}>
            {t('money.import.preview.leaveOutWrong')}
          </Button>
        ) : null}
        <Button variant="quiet" onClick={props.onStartOver}>
          {t('money.import.startOver')}
        </Button>
      </div>
    </ImportStep>
  );
}

/**
 * The lines an import refused. It is all or nothing, so nothing was imported: said plainly,
 * with each line's reason, and focus on the first of them in the table to untick it.
 */
function RefusedLines({
  error,
  refused,
}: {
  error: unknown;
  refused: ReadonlyMap<number, string>;
}) {
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    alert.current
      ?.closest('form')
      ?.querySelector<HTMLElement>('.import-table [aria-invalid="true"]')
      ?.focus();
  }, [error]);
  return (
    <Alert tone="error" ref={alert}>
      <p>{t('money.import.refused', { count: refused.size })}</p>
      <ul className="alert__list">
        {[...refused].map(([line, message]) => (
          <li key={line}>{message}</li>
        ))}
      </ul>
    </Alert>
  );
}
