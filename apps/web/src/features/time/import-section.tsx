import { useId, useRef, useState, type FormEvent } from 'react';
import { ICS_IMPORT_MAX_BYTES } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { describedBy, Field } from '../../ui/field';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { isEventKind, kindOrder, type EventKind } from './event-kinds';
import { importSummary } from './import-words';
import type { ImportResult } from './time-api';
import { useImportCalendar } from './use-time';

const MAX_MEGABYTES = ICS_IMPORT_MAX_BYTES / (1024 * 1024);

/**
 * "Import a calendar file": an .ics file exported from another calendar, read here in the
 * browser and sent as text, so plans already made elsewhere count toward my balance too.
 */
export function ImportSection({ spaceId }: { spaceId: string }) {
  const importer = useImportCalendar(spaceId);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<EventKind>('work');
  const [fileProblem, setFileProblem] = useState<string>();
  const [reading, setReading] = useState(false);
  const [result, setResult] = useState<{ value: ImportResult; key: number }>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setResult(undefined);
    importer.reset();
    const file = input.current?.files?.[0];
    const problem = !file
      ? t('time.import.chooseFile')
      : file.size > ICS_IMPORT_MAX_BYTES
        ? t('time.import.tooBig', { max: MAX_MEGABYTES })
        : undefined;
    setFileProblem(problem);
    if (!file || problem) {
      input.current?.focus();
      return;
    }
    let ics: string;
    setReading(true);
    try {
      ics = await file.text();
    } catch {
      setFileProblem(t('time.import.unreadable'));
      input.current?.focus();
      return;
    } finally {
      setReading(false);
    }
    importer.mutateAsync({ ics, kind }).then(
      (value) => setResult((current) => ({ value, key: (current?.key ?? 0) + 1 })),
      () => input.current?.focus(), // the reason is shown at the file, or above the form
    );
  };

  const error = fileProblem ?? fieldError(importer.error, 'ics');
  const hint = t('time.import.fileHint', { max: MAX_MEGABYTES });

  return (
    <section className="card section time-import" aria-labelledby="time-import-title">
      <h2 id="time-import-title">{t('time.import.title')}</h2>
      <p className="muted">{t('time.import.lead')}</p>
      <form
        className="form"
        onSubmit={(event) => void submit(event)}
        aria-label={t('time.import.title')}
        noValidate
      >
        <FormError error={importer.error} fields={['ics', 'kind']} />
        <Field id={id} label={t('time.import.file')} hint={hint} error={error}>
          <input
            ref={input}
            id={id}
            className="input time-import__file"
            type="file"
            accept=".ics,text/calendar"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, hint, error)}
            onChange={() => {
              setFileProblem(undefined);
              setResult(undefined);
              importer.reset();
            }}
          />
        </Field>
        <SelectField
          label={t('time.import.kind')}
          value={kind}
          onChange={(event) => {
            if (isEventKind(event.target.value)) setKind(event.target.value);
          }}
          error={fieldError(importer.error, 'kind')}
        >
          {kindOrder.map((value) => (
            <option key={value} value={value}>
              {t(`time.kind.${value}`)}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <Button type="submit" busy={reading || importer.isPending}>
            {t('time.import.submit')}
          </Button>
        </div>
        {result ? <ImportOutcome key={result.key} result={result.value} /> : null}
      </form>
    </section>
  );
}

/** What came of it: imported, updated, and each event left out with the reason. */
function ImportOutcome({ result }: { result: ImportResult }) {
  const summary = importSummary(result);
  return (
    <Alert tone="success">
      {summary.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {summary.skipped.length > 0 ? (
        <ul className="alert__list">
          {summary.skipped.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
