import {
  parseThemePreference,
  resolveTheme,
  themeColor,
  themeStorageKey,
  type ThemePreference,
} from './theme';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function readThemePreference(): ThemePreference {
  try {
    return parseThemePreference(localStorage.getItem(themeStorageKey));
  } catch {
    return 'system'; // storage can be blocked; the system theme is a fine default
  }
}

export function storeThemePreference(preference: ThemePreference): void {
  try {
    if (preference === 'system') localStorage.removeItem(themeStorageKey);
    else localStorage.setItem(themeStorageKey, preference);
  } catch {
    // Not remembered across visits, but still applied now.
  }
}

/** Sets `data-theme` on <html> and the browser chrome colour to match. */
export function applyTheme(preference: ThemePreference = readThemePreference()): void {
  const theme = resolveTheme(preference, darkQuery().matches);
  const root = document.documentElement;
  root.dataset.theme = theme;
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    meta.content = themeColor[theme];
  }
}

/** Applies the stored theme now and again whenever the system theme changes. */
export function startTheme(): void {
  applyTheme();
  darkQuery().addEventListener('change', () => applyTheme());
}
