import { describe, expect, it } from 'vitest';
import { themeColor } from '../lib/theme/theme';

/**
 * The stylesheet as text. Vitest hands CSS imports (even `?raw`) over empty, and this project
 * has no Node types, so Node's own `fs` is fetched the way any runtime module can be.
 */
const nodeFs = (
  globalThis as unknown as {
    process: { getBuiltinModule(id: 'node:fs'): { readFileSync(path: URL, as: 'utf8'): string } };
  }
).process.getBuiltinModule('node:fs');
const tokensCss = nodeFs.readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

/** The `--color-*` values declared in the rule whose selector ends just before `{`. */
function colours(selector: string): Record<string, string> {
  const start = tokensCss.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`tokens.css has no rule for ${selector}`);
  const body = tokensCss.slice(start, tokensCss.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--(color-[\w-]+):\s*(#[0-9a-f]{6})/g)].map(([, name, hex]) => [name, hex]),
  );
}

const light = colours(':root');
const dark = { ...light, ...colours(":root[data-theme='dark']") };

/** WCAG 2.x contrast ratio of two sRGB colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

// Text on the backgrounds it is drawn on (body, cards, fields, alerts, badges, buttons).
const textPairs: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-sunken'],
  ['text', 'accent-soft'],
  ['text', 'info-soft'],
  ['text', 'sealed'],
  ['text-muted', 'bg'],
  ['text-muted', 'surface'],
  ['text-muted', 'surface-sunken'],
  ['primary', 'bg'],
  ['primary', 'surface'],
  ['primary', 'accent-soft'],
  ['primary-hover', 'bg'],
  ['on-primary', 'primary'],
  ['on-primary', 'primary-hover'],
  ['surface', 'danger'],
  ['danger', 'surface'],
  ['danger', 'danger-soft'],
  ['success', 'success-soft'],
  ['sealed-text', 'sealed'],
];
// Borders of controls and the focus ring need 3:1 (WCAG 1.4.11).
const uiPairs: [string, string][] = [
  ['border-strong', 'surface'],
  ['border-strong', 'bg'],
  ['focus', 'bg'],
  ['focus', 'surface'],
];

describe('design tokens', () => {
  it('declare the dark theme the same way for the system setting and for a chosen theme', () => {
    expect(colours(":root:not([data-theme='light'])")).toEqual(colours(":root[data-theme='dark']"));
  });

  it('keep the browser chrome colour in step with the background', () => {
    expect(themeColor.light).toBe(light['color-bg']);
    expect(themeColor.dark).toBe(dark['color-bg']);
  });

  for (const [name, theme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`give text at least 4.5:1 and controls 3:1 in the ${name} theme`, () => {
      const ratio = ([fg, bg]: [string, string]) =>
        contrast(theme[`color-${fg}`] ?? '', theme[`color-${bg}`] ?? '');
      const failing = (pairs: [string, string][], minimum: number) =>
        pairs.filter((pair) => ratio(pair) < minimum).map((pair) => pair.join(' on '));
      expect(failing(textPairs, 4.5)).toEqual([]);
      expect(failing(uiPairs, 3)).toEqual([]);
    });
  }
});
