import { expensePrivacies, type ExpensePrivacy } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { RadioGroup } from '../../../ui/radio-group';

interface PrivacyChoiceProps {
  value: ExpensePrivacy;
  onChange: (privacy: ExpensePrivacy) => void;
  /** Splitwise's expenses are between people: never only one person's. */
  allowPrivate: boolean;
}

/** Who can see what is imported: everyone, the amount only, or (a bank's) only me. */
export function PrivacyChoice({ value, onChange, allowPrivate }: PrivacyChoiceProps) {
  const options = expensePrivacies
    .filter((privacy) => allowPrivate || privacy !== 'private')
    .map((privacy) => ({
      value: privacy,
      label: t(`money.privacy.${privacy}`),
      description: t(`money.privacy.${privacy}.hint`),
    }));
  return (
    <div className="import-privacy">
      <RadioGroup
        legend={t('money.import.how.privacy')}
        name="import-privacy"
        options={options}
        value={value}
        onChange={onChange}
      />
    </div>
  );
}
