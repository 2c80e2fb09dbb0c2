import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Member } from '@tandem/shared';
import { LoadError } from '../../../app/load-error';
import { isApiError } from '../../../lib/api/api-error';
import { t } from '../../../lib/i18n';
import { Alert } from '../../../ui/alert';
import { errorUnder } from '../field-errors';
import { useSectionStatus } from '../plans/section-status';
import { ColumnsStep } from './columns-step';
import { FileStep } from './file-step';
import { columnsOf, fileProblem, type FileColumns } from './import-file';
import { columnsUsed } from './import-mapping';
import {
  firstChoices,
  importRequestOf,
  peopleOf,
  peopleProblems,
  previewOptionsOf,
  type ImportChoices,
} from './import-request';
import { chosenLines, importedText, leaveOutWrong, type Picks } from './import-rows';
import { PeopleStep } from './people-step';
import { PreviewStep } from './preview-step';
import { useImport, useImportPreview, type ChosenFile } from './use-import';

interface ImportFlowProps {
  spaceId: string;
  members: readonly Member[];
  /** The space's currency: a bank file's, unless the person says otherwise. */
  currency: string;
  ledgerPath: string;
}

type Chosen = ChosenFile & { columns: FileColumns | null };

/**
 * Importing a file in three steps on one form: choose it, check how it is read (a bank's
 * columns, or who is who in Splitwise), then tick the rows to import. Nothing is imported
 * before the last step, and then all of it or — if any row is wrong — none of it.
 */
export function ImportFlow({ spaceId, members, currency, ledgerPath }: ImportFlowProps) {
  const [file, setFile] = useState<Chosen>();
  const [fileError, setFileError] = useState<string>();
  const [reading, setReading] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const [choices, setChoices] = useState<ImportChoices>(() => firstChoices(currency));
  const [picks, setPicks] = useState<Picks>({});
  const [problem, setProblem] = useState<{ message: string; key: number }>();
  const [checkPeople, setCheckPeople] = useState(false);
  // Counts attempts refused here, so focus moves to what is wrong even the second time.
  const [refusals, setRefusals] = useState(0);
  const files = useRef(0);
  const form = useRef<HTMLFormElement>(null);
  const { heading, status, announce, clear } = useSectionStatus();
  const preview = useImportPreview(spaceId, file, previewOptionsOf(choices));
  const save = useImport(spaceId);

  useEffect(() => {
    if (refusals > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  const forgetAttempt = () => {
    save.reset();
    setProblem(undefined);
  };
  /** Forgets the file and every choice; empties the input too, unless a file was just chosen. */
  const startOver = ({ emptyInput = true } = {}) => {
    files.current += 1;
    setFile(undefined);
    setFileError(undefined);
    setReading(false);
    if (emptyInput) setInputKey((key) => key + 1);
    setChoices(firstChoices(currency));
    setPicks({});
    setCheckPeople(false);
    forgetAttempt();
  };

  const chooseFile = async (chosen: File) => {
    startOver({ emptyInput: false });
    clear();
    const tooMuch = fileProblem(chosen.size);
    if (tooMuch) {
      setFileError(tooMuch);
      return;
    }
    const key = files.current;
    setReading(true);
    let csv: string;
    try {
      csv = await chosen.text();
    } catch {
      if (key === files.current) {
        setReading(false);
        setFileError(t('money.import.file.unreadable'));
      }
      return;
    }
    // Another file may have been chosen while this one was read.
    if (key !== files.current) return;
    setReading(false);
    setFile({ key, name: chosen.name, csv, columns: columnsOf(csv) });
  };

  const changePreview = (changes: Partial<ImportChoices>) => {
    setChoices((current) => ({ ...current, ...changes }));
    // Other columns make other rows: the suggestions start again.
    setPicks({});
    forgetAttempt();
  };
  const changeImport = (changes: Partial<ImportChoices>) => {
    setChoices((current) => ({ ...current, ...changes }));
    forgetAttempt();
  };
  // A refused import's list of lines stays until the next try: it is what is being worked through.
  const pick = (line: number, picked: boolean) => {
    setPicks((current) => ({ ...current, [line]: picked }));
    setProblem(undefined);
  };

  const data = preview.data;
  const people = data?.kind === 'splitwise' ? peopleOf(data, choices.people) : {};
  const whoIsWho = peopleProblems(people, members);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file || !data || save.isPending) return;
    const lines = chosenLines(data.rows, picks);
    if (lines.length === 0) {
      setProblem((p) => ({ message: t('money.import.nothingChosen'), key: (p?.key ?? 0) + 1 }));
      return;
    }
    if (Object.keys(whoIsWho).length > 0) {
      setCheckPeople(true);
      setRefusals((count) => count + 1);
      return;
    }
    save.mutateAsync(importRequestOf(file.csv, choices, data, lines)).then(
      (result) => {
        startOver();
        announce(importedText(result));
      },
      () => undefined, // shown in the preview step, with the lines it names
    );
  };

  const previewError = preview.error;
  const tooLarge = isApiError(previewError) && previewError.status === 413;
  const csvError =
    errorUnder(previewError, 'csv') ?? (tooLarge ? t('money.import.file.tooLarge') : undefined);
  const mappingError = errorUnder(previewError, 'mapping');
  const otherError = previewError && !csvError && !mappingError ? previewError : undefined;

  // The columns shown: the person's, else the guess; a bank file's, as Splitwise has none.
  const mapping = choices.mapping ?? data?.mapping ?? undefined;
  const columns: FileColumns | undefined = mapping
    ? (file?.columns ?? {
        count: Math.max(...columnsUsed(mapping)) + 1,
        firstRow: data?.header ?? [],
      })
    : undefined;
  const found =
    file && data
      ? t(data.kind === 'bank' ? 'money.import.file.isBank' : 'money.import.file.isSplitwise', {
          name: file.name,
          count: data.rows.length,
        })
      : undefined;

  const done = status ? (
    <Alert key={status.key} tone="success" className="notice">
      <p>{status.message}</p>
      <p>
        <Link to={ledgerPath}>{t('money.import.done.ledger')}</Link>
      </p>
    </Alert>
  ) : null;

  return (
    <form
      ref={form}
      className="import-flow"
      aria-label={t('money.import.form')}
      onSubmit={submit}
      noValidate
    >
      <FileStep
        headingRef={heading}
        inputKey={inputKey}
        onFile={(chosen) => void chooseFile(chosen)}
        reading={reading || (preview.isPending && file !== undefined && !previewError)}
        error={fileError ?? csvError}
        found={found}
        notice={
          <>
            {done}
            {otherError ? (
              <LoadError error={otherError} onRetry={() => void preview.refetch()} />
            ) : null}
          </>
        }
      />
      {file && mapping && columns && data?.kind !== 'splitwise' ? (
        <ColumnsStep
          mapping={mapping}
          columns={columns}
          choices={choices}
          spaceCurrency={currency}
          onPreviewChange={changePreview}
          onChange={changeImport}
          error={mappingError}
        />
      ) : null}
      {file && data?.kind === 'splitwise' ? (
        <PeopleStep
          people={people}
          members={members}
          choices={choices}
          onChange={changeImport}
          problems={checkPeople ? whoIsWho : {}}
        />
      ) : null}
      {file && data ? (
        <PreviewStep
          preview={data}
          fileName={file.name}
          picks={picks}
          onPick={pick}
          onLeaveOutWrong={() => setPicks((current) => leaveOutWrong(data.rows, current))}
          onStartOver={() => {
            startOver();
            heading.current?.focus();
          }}
          updating={preview.isFetching}
          importing={save.isPending}
          importError={save.error}
          problem={problem}
        />
      ) : null}
    </form>
  );
}
