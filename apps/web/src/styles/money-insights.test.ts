import { describe, expect, it } from 'vitest';
import { PALETTE_SIZE } from '../features/money/insights/category-series';

/** The stylesheets as text, read the way tokens.test.ts reads them (CSS imports come empty). */
const nodeFs = (
  globalThis as unknown as {
    process: { getBuiltinModule(id: 'node:fs'): { readFileSync(path: URL, as: 'utf8'): string } };
  }
).process.getBuiltinModule('node:fs');
const read = (name: string) => nodeFs.readFileSync(new URL(name, import.meta.url), 'utf8');
const insightsCss = read('./money-insights.css');
const tokensCss = read('./tokens.css');

/** The `--prefix*` hex values declared in the rule whose selector ends just before `{`. */
function colours(css: string, selector: string, prefix: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule for ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  const pattern = new RegExp(`--(${prefix}[\\w-]*):\\s*(#[0-9a-f]{6})`, 'g');
  return Object.fromEntries([...body.matchAll(pattern)].map(([, name, hex]) => [name, hex]));
}

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

const darkSystem = ":root:not([data-theme='light'])";
const darkChosen = ":root[data-theme='dark']";
const themes = {
  light: {
    palette: colours(insightsCss, ':root', 'insights-'),
    page: colours(tokensCss, ':root', 'color-'),
  },
  dark: {
    palette: colours(insightsCss, darkChosen, 'insights-'),
    page: colours(tokensCss, darkChosen, 'color-'),
  },
};

describe('the insights palette', () => {
  it('has a colour for every swatch the chart hands out, in both themes', () => {
    const names = [
      ...Array.from({ length: PALETTE_SIZE }, (_, i) => `insights-${i + 1}`),
      'insights-rest',
    ];
    expect(Object.keys(themes.light.palette).sort()).toEqual(names.sort());
    expect(Object.keys(themes.dark.palette).sort()).toEqual(names.sort());
  });

  it('declares the dark colours the same way for the system setting and a chosen theme', () => {
    expect(colours(insightsCss, darkSystem, 'insights-')).toEqual(themes.dark.palette);
  });

  it('keeps every colour at 3:1 against the cards and the page (WCAG 1.4.11)', () => {
    for (const [theme, { palette, page }] of Object.entries(themes)) {
      for (const [name, hex] of Object.entries(palette)) {
        for (const background of ['color-surface', 'color-bg']) {
          const ratio = contrast(hex, page[background] ?? '#000000');
          expect(ratio, `${theme} ${name} on ${background}`).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });

  it('gives each swatch a class that fills it', () => {
    for (let i = 1; i <= PALETTE_SIZE; i += 1) {
      expect(insightsCss).toContain(`.insights-swatch--${i} {\n  fill: var(--insights-${i});`);
    }
    expect(insightsCss).toContain('.insights-swatch--rest {\n  fill: var(--insights-rest);');
  });
});
