export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];
export type Theme = 'light' | 'dark';

export const themeStorageKey = 'tandem.theme';

/** A stored value back to a preference; anything unexpected means "follow the system". */
export function parseThemePreference(stored: string | null | undefined): ThemePreference {
  return themePreferences.find((preference) => preference === stored) ?? 'system';
}

/** The theme to show for a preference, given whether the system currently prefers dark. */
export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/** The browser chrome colour for each theme (kept in step with `--color-bg` in tokens.css). */
export const themeColor: Record<Theme, string> = { light: '#fbf6f1', dark: '#1b1614' };
