import type { Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { SelectField } from '../../../ui/select-field';
import type { ImportChoices } from './import-request';
import { ImportStep } from './import-step';
import { PrivacyChoice } from './privacy-choice';

interface PeopleStepProps {
  /** Each person in the file with the member chosen for them ('' for no one yet). */
  people: Readonly<Record<string, string>>;
  members: readonly Member[];
  choices: ImportChoices;
  onChange: (changes: Partial<ImportChoices>) => void;
  /** What is wrong, by person, once an import was tried. */
  problems: Readonly<Record<string, string>>;
}

/**
 * Step 2 for a Splitwise file: which member each of its people is, guessed from the names.
 * Each expense keeps who paid and who owed what, so there is no category or split to choose.
 */
export function PeopleStep({ people, members, choices, onChange, problems }: PeopleStepProps) {
  const memberName = (member: Member) =>
    member.isMe ? t('money.import.people.you', { name: member.displayName }) : member.displayName;
  return (
    <ImportStep number={2} title={t('money.import.people.title')}>
      <p className="muted">{t('money.import.people.lead')}</p>
      <div className="form">
        <div className="money-row">
          {Object.entries(people).map(([name, userId]) => (
            <SelectField
              key={name}
              label={t('money.import.people.person', { name })}
              value={userId}
              required
              onChange={(event) =>
                onChange({ people: { ...choices.people, [name]: event.target.value } })
              }
              error={problems[name]}
            >
              <option value="">{t('money.import.people.choose')}</option>
              {members.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {memberName(member)}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
        <PrivacyChoice
          value={choices.privacy === 'private' ? 'shared' : choices.privacy}
          onChange={(privacy) => onChange({ privacy })}
          allowPrivate={false}
        />
      </div>
    </ImportStep>
  );
}
