import { expenseCategories, type ExpenseCategory, type ImportMapping } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { Alert } from '../../../ui/alert';
import { Checkbox } from '../../../ui/checkbox';
import { RadioGroup } from '../../../ui/radio-group';
import { SelectField } from '../../../ui/select-field';
import { currencyOptions } from '../currency-options';
import type { FileColumns } from './import-file';
import {
  columnOptions,
  dateFormatOptions,
  isDateFormat,
  layoutOf,
  withAmountLayout,
  type AmountLayout,
} from './import-mapping';
import type { ImportChoices } from './import-request';
import { ImportStep } from './import-step';
import { PrivacyChoice } from './privacy-choice';

interface ColumnsStepProps {
  mapping: ImportMapping;
  columns: FileColumns;
  choices: ImportChoices;
  spaceCurrency: string;
  /** A change that the preview shows: it is previewed again. */
  onPreviewChange: (changes: Partial<ImportChoices>) => void;
  /** A change that only matters to the import. */
  onChange: (changes: Partial<ImportChoices>) => void;
  /** The server's word on the mapping, when it could not use it. */
  error: string | undefined;
}

const isCategory = (value: string): value is ExpenseCategory =>
  (expenseCategories as readonly string[]).includes(value);

/**
 * Step 2 for a bank's file: which column is what, as guessed, for the person to correct (the
 * preview follows each change); then how the rows are added — category, who sees them, and
 * whether money coming in is imported as refunds.
 */
export function ColumnsStep(props: ColumnsStepProps) {
  const { mapping, columns, choices, spaceCurrency, onPreviewChange, onChange, error } = props;
  const options = columnOptions(columns, mapping.hasHeader);
  const change = (changes: Partial<ImportMapping>) =>
    onPreviewChange({ mapping: { ...mapping, ...changes } });
  const columnSelect = (label: string, value: number, set: (column: number) => void) => (
    <SelectField label={label} value={value} onChange={(event) => set(Number(event.target.value))}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
  const layouts = (['one', 'two'] as const).map((layout) => ({
    value: layout,
    label: t(`money.import.columns.layout.${layout}`),
    description: t(`money.import.columns.layout.${layout}.hint`),
  }));
  const { amount } = mapping;

  return (
    <ImportStep number={2} title={t('money.import.columns.title')}>
      <p className="muted">{t('money.import.columns.lead')}</p>
      <div className="form import-columns">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Checkbox
          label={t('money.import.columns.hasHeader')}
          hint={t('money.import.columns.hasHeaderHint')}
          checked={mapping.hasHeader}
          onChange={(event) => change({ hasHeader: event.target.checked })}
        />
        <div className="money-row">
          {columnSelect(t('money.import.columns.date'), mapping.date, (date) => change({ date }))}
          <SelectField
            label={t('money.import.columns.dateFormat')}
            value={mapping.dateFormat}
            onChange={(event) => {
              if (isDateFormat(event.target.value)) change({ dateFormat: event.target.value });
            }}
          >
            {dateFormatOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        </div>
        {columnSelect(t('money.import.columns.description'), mapping.description, (description) =>
          change({ description }),
        )}
        <div className="import-layout">
          <RadioGroup<AmountLayout>
            legend={t('money.import.columns.layout')}
            name="import-amount-layout"
            options={layouts}
            value={layoutOf(mapping)}
            onChange={(layout) =>
              onPreviewChange({ mapping: withAmountLayout(mapping, layout, columns.count) })
            }
          />
        </div>
        <div className="money-row">
          {typeof amount === 'number' ? (
            columnSelect(t('money.import.columns.amount'), amount, (column) =>
              change({ amount: column }),
            )
          ) : (
            <>
              {columnSelect(t('money.import.columns.out'), amount.out, (out) =>
                change({ amount: { ...amount, out } }),
              )}
              {columnSelect(t('money.import.columns.in'), amount.in, (into) =>
                change({ amount: { ...amount, in: into } }),
              )}
            </>
          )}
        </div>
        <div className="money-row">
          <SelectField
            label={t('money.import.columns.decimal')}
            value={mapping.decimal}
            onChange={(event) => change({ decimal: event.target.value === ',' ? ',' : '.' })}
          >
            <option value=",">{t('money.import.columns.decimal.comma')}</option>
            <option value=".">{t('money.import.columns.decimal.point')}</option>
          </SelectField>
          <SelectField
            label={t('money.import.columns.currency')}
            value={choices.currency}
            onChange={(event) => onPreviewChange({ currency: event.target.value })}
          >
            {currencyOptions([spaceCurrency, choices.currency]).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        </div>
      </div>

      <h3 className="import-how__title">{t('money.import.how.title')}</h3>
      <p className="muted">{t('money.import.how.lead')}</p>
      <div className="form">
        <SelectField
          label={t('money.import.how.category')}
          value={choices.category}
          onChange={(event) => {
            if (isCategory(event.target.value)) onChange({ category: event.target.value });
          }}
        >
          {expenseCategories.map((category) => (
            <option key={category} value={category}>
              {t(`money.category.${category}`)}
            </option>
          ))}
        </SelectField>
        <PrivacyChoice
          value={choices.privacy}
          onChange={(privacy) => onChange({ privacy })}
          allowPrivate
        />
        <Checkbox
          label={t('money.import.how.moneyIn')}
          hint={t('money.import.how.moneyInHint')}
          checked={choices.includeMoneyIn}
          onChange={(event) => onPreviewChange({ includeMoneyIn: event.target.checked })}
        />
      </div>
    </ImportStep>
  );
}
