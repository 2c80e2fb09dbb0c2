import { useId, useState, type FormEvent } from 'react';
import type { Decision } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { TextField } from '../../ui/text-field';
import { emptyOpenDraft, openBodyOf, optionField, type OpenDraft } from './open-draft';
import { useOpenDecision } from './use-decisions';

const QUESTION_MAX = 200;
const LABEL_MAX = 120;
const OPTIONS_MAX = 30;
/** The first two rows stay: a decision is between options. */
const KEPT_ROWS = 2;

interface OpenDecisionFormProps {
  spaceId: string;
  /** The question to start from, when opening one again for new options. */
  question?: string | undefined;
  onOpened: (decision: Decision) => void;
  onCancel: () => void;
}

/** A question, its options (more can follow), "keep things as they are", and a deadline. */
export function OpenDecisionForm({ spaceId, question, onOpened, onCancel }: OpenDecisionFormProps) {
  const open = useOpenDecision(spaceId);
  const [draft, setDraft] = useState<OpenDraft>(() => emptyOpenDraft(question));
  const [sentRows, setSentRows] = useState<number[]>([]);
  const [focusRow, setFocusRow] = useState<number>();
  const statusQuoHint = useId();

  const change = (next: Partial<OpenDraft>) => setDraft((current) => ({ ...current, ...next }));
  const setOption = (row: number, label: string) =>
    change({ options: draft.options.map((old, i) => (i === row ? label : old)) });
  const addRow = () => {
    change({ options: [...draft.options, ''] });
    setFocusRow(draft.options.length);
  };
  const removeRow = (row: number) => {
    change({ options: draft.options.filter((_, i) => i !== row) });
    // Focus stays in the list: on the row that took its place, or the one before.
    setFocusRow(Math.min(row, draft.options.length - 2));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { body, rows: sent } = openBodyOf(draft);
    setSentRows(sent);
    open.mutateAsync(body).then(onOpened, () => undefined); // errors: FormError and fields
  };

  const optionFields = draft.options.map((_, row) => optionField(sentRows, row));
  return (
    <form className="form card" onSubmit={submit} aria-label={t('decide.open.formTitle')}>
      <FormError
        error={open.error}
        fields={[
          'question',
          'statusQuo',
          'deadlineOn',
          ...optionFields.filter((f) => f !== undefined),
        ]}
      />
      <TextField
        label={t('decide.open.question')}
        hint={t('decide.open.questionHint')}
        name="question"
        required
        maxLength={QUESTION_MAX}
        autoComplete="off"
        // The button that opened the form is gone: carry on in its first field.
        autoFocus
        value={draft.question}
        onChange={(event) => change({ question: event.target.value })}
        error={fieldError(open.error, 'question')}
      />
      <fieldset className="decision-open__options" aria-describedby={`${statusQuoHint}-options`}>
        <legend className="field__label">{t('decide.open.options')}</legend>
        <p className="field__hint" id={`${statusQuoHint}-options`}>
          {t('decide.open.optionsHint')}
        </p>
        {draft.options.map((label, row) => {
          const field = optionFields[row];
          return (
            // Rows have no identity beyond their place; removing one renumbers the rest.
            <div key={row} className="decision-open__row">
              <TextField
                ref={(node) => {
                  if (node && focusRow === row) {
                    node.focus();
                    setFocusRow(undefined);
                  }
                }}
                label={t('decide.open.option', { number: row + 1 })}
                name={`option-${row + 1}`}
                maxLength={LABEL_MAX}
                autoComplete="off"
                value={label}
                onChange={(event) => setOption(row, event.target.value)}
                error={field ? fieldError(open.error, field) : undefined}
              />
              {row >= KEPT_ROWS ? (
                <Button
                  variant="quiet"
                  aria-label={t('decide.open.removeOption', { number: row + 1 })}
                  onClick={() => removeRow(row)}
                >
                  {t('decide.open.remove')}
                </Button>
              ) : null}
            </div>
          );
        })}
        {draft.options.length < OPTIONS_MAX ? (
          <div className="button-row">
            <Button variant="secondary" onClick={addRow}>
              {t('decide.open.addOption')}
            </Button>
          </div>
        ) : null}
      </fieldset>
      <div>
        <Checkbox
          label={t('decide.open.statusQuo')}
          name="statusQuo"
          checked={draft.statusQuo}
          onChange={(event) => change({ statusQuo: event.target.checked })}
          aria-describedby={statusQuoHint}
        />
        <p className="field__hint" id={statusQuoHint}>
          {t('decide.open.statusQuoHint')}
        </p>
      </div>
      <TextField
        label={t('decide.open.deadline')}
        hint={t('decide.open.deadlineHint')}
        name="deadlineOn"
        type="date"
        value={draft.deadlineOn}
        onChange={(event) => change({ deadlineOn: event.target.value })}
        error={fieldError(open.error, 'deadlineOn')}
      />
      <FormActions
        submitLabel={t('decide.open.submit')}
        busy={open.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
