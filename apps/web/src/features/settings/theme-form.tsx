import { t } from '../../lib/i18n';
import { themePreferences } from '../../lib/theme/theme';
import { useThemePreference } from '../../lib/theme/use-theme-preference';
import { RadioGroup } from '../../ui/radio-group';

const options = themePreferences.map((preference) => ({
  value: preference,
  label: t(`settings.theme.${preference}`),
}));

/** Applies as soon as it is chosen; stored on this device only. */
export function ThemeForm() {
  const [preference, choose] = useThemePreference();
  return (
    <div className="card section">
      <RadioGroup
        legend={t('settings.theme')}
        hint={t('settings.themeHint')}
        name="theme"
        layout="inline"
        options={options}
        value={preference}
        onChange={choose}
      />
    </div>
  );
}
