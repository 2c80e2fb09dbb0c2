import { useState } from 'react';
import type { ThemePreference } from './theme';
import { applyTheme, readThemePreference, storeThemePreference } from './theme-dom';

/** The person's theme choice; changing it applies and remembers it at once. */
export function useThemePreference(): [ThemePreference, (preference: ThemePreference) => void] {
  const [preference, setPreference] = useState(readThemePreference);
  const choose = (next: ThemePreference) => {
    storeThemePreference(next);
    applyTheme(next);
    setPreference(next);
  };
  return [preference, choose];
}
