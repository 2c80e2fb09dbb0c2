import { useId, type ChangeEvent, type ReactNode, type Ref } from 'react';
import { IMPORT_MAX_BYTES } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { describedBy, Field } from '../../../ui/field';
import { Loading } from '../../../ui/loading';
import { megabytes } from './import-file';
import { ImportStep } from './import-step';

interface FileStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  /** Changes when the input should start empty again (after an import, or starting over). */
  inputKey: number;
  onFile: (file: File) => void;
  reading: boolean;
  error: string | undefined;
  /** What the file turned out to be, once previewed. */
  found: string | undefined;
  /** Said above the input: the outcome of the last import, or why the preview failed. */
  notice: ReactNode;
}

/** Step 1: the bank's or Splitwise's CSV file, read in the browser and checked for size. */
export function FileStep(props: FileStepProps) {
  const { headingRef, inputKey, onFile, reading, error, found, notice } = props;
  const id = useId();
  const hint = t('money.import.file.hint', { max: megabytes(IMPORT_MAX_BYTES) });
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onFile(file);
  };
  return (
    <ImportStep number={1} title={t('money.import.file.title')} headingRef={headingRef}>
      {notice}
      <Field id={id} label={t('money.import.file.label')} hint={hint} error={error}>
        <input
          key={inputKey}
          id={id}
          className="input import-file__input"
          type="file"
          accept=".csv,text/csv"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={change}
        />
      </Field>
      {reading ? <Loading label={t('money.import.file.reading')} /> : null}
      {found && !reading ? (
        <p className="import-file__found" role="status">
          {found}
        </p>
      ) : null}
    </ImportStep>
  );
}
