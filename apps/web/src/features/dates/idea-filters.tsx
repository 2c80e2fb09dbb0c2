import { dateCosts, dateDurations, dateEnergies, dateSeasons, dateSettings } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { SelectField } from '../../ui/select-field';
import {
  costWords,
  durationWords,
  energyWords,
  seasonOf,
  seasonWords,
  settingWords,
  type IdeaFilterDraft,
} from './idea-filter';

interface IdeaFiltersProps {
  filter: IdeaFilterDraft;
  today: string;
  onChange: (filter: IdeaFilterDraft) => void;
}

const yearSeasons = dateSeasons.filter((season) => season !== 'any');

/** At home or out, at most this cost, how long, how much energy, which season. */
export function IdeaFilters({ filter, today, onChange }: IdeaFiltersProps) {
  const now = seasonOf(today);
  // Each select's value is one of its options, so the cast only narrows '' | the tag's values.
  const set =
    <K extends keyof IdeaFilterDraft>(key: K) =>
    (event: { target: { value: string } }) =>
      onChange({ ...filter, [key]: event.target.value as IdeaFilterDraft[K] });
  return (
    <fieldset className="dates-filters">
      <legend className="field__label">{t('dates.filters.legend')}</legend>
      <SelectField
        label={t('dates.filters.setting')}
        value={filter.setting}
        onChange={set('setting')}
      >
        <option value="">{t('dates.filters.anywhere')}</option>
        {dateSettings.map((setting) => (
          <option key={setting} value={setting}>
            {settingWords(setting)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('dates.filters.cost')} value={filter.cost} onChange={set('cost')}>
        <option value="">{t('dates.filters.anyCost')}</option>
        {dateCosts.map((cost) => (
          <option key={cost} value={cost}>
            {costWords(cost)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('dates.filters.duration')}
        value={filter.duration}
        onChange={set('duration')}
      >
        <option value="">{t('dates.filters.anyLength')}</option>
        {dateDurations.map((duration) => (
          <option key={duration} value={duration}>
            {durationWords(duration)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('dates.filters.energy')} value={filter.energy} onChange={set('energy')}>
        <option value="">{t('dates.filters.anyEnergy')}</option>
        {dateEnergies.map((energy) => (
          <option key={energy} value={energy}>
            {energyWords(energy)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('dates.filters.season')} value={filter.season} onChange={set('season')}>
        <option value="">{t('dates.filters.anySeason')}</option>
        {yearSeasons.map((season) => (
          <option key={season} value={season}>
            {season === now
              ? t('dates.filters.seasonNow', { season: seasonWords(season) })
              : seasonWords(season)}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}
