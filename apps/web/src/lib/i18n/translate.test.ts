import { describe, expect, it } from 'vitest';
import { interpolate, selectPlural, translate, type Dictionary } from './translate';

describe('interpolate', () => {
  it('fills in named variables, however often they appear', () => {
    expect(interpolate('{a} and {b}, then {a}', { a: 'Sam', b: 'Alex' }, 'en')).toBe(
      'Sam and Alex, then Sam',
    );
  });

  it('formats numbers for the locale', () => {
    expect(interpolate('{n} steps', { n: 12_345 }, 'en-US')).toBe('12,345 steps');
    expect(interpolate('{n} Schritte', { n: 12_345 }, 'de-DE')).toBe('12.345 Schritte');
  });

  it('leaves unknown placeholders visible instead of dropping them', () => {
    expect(interpolate('Hi {name}', {}, 'en')).toBe('Hi {name}');
    expect(interpolate('Hi {name}', undefined, 'en')).toBe('Hi {name}');
  });
});

describe('selectPlural', () => {
  const forms = { one: '{count} member', other: '{count} members' };

  it('follows the language rules', () => {
    expect(selectPlural(forms, 1, 'en')).toBe('{count} member');
    expect(selectPlural(forms, 2, 'en')).toBe('{count} members');
    expect(selectPlural(forms, 0, 'en')).toBe('{count} members');
  });

  it('prefers an explicit zero form', () => {
    expect(selectPlural({ ...forms, zero: 'No one' }, 0, 'en')).toBe('No one');
  });

  it('uses the categories of other languages, falling back to other', () => {
    const polish = { one: 'jeden', few: 'kilka', many: 'wiele', other: 'inne' };
    expect(selectPlural(polish, 1, 'pl')).toBe('jeden');
    expect(selectPlural(polish, 3, 'pl')).toBe('kilka');
    expect(selectPlural(polish, 5, 'pl')).toBe('wiele');
    expect(selectPlural({ other: 'x' }, 1, 'en')).toBe('x');
  });
});

describe('translate', () => {
  const dictionary: Dictionary = {
    greeting: 'Hello, {name}!',
    members: { one: '{count} member', other: '{count} members' },
  };

  it('interpolates plain messages', () => {
    expect(translate(dictionary, 'en', 'greeting', { name: 'Sam' })).toBe('Hello, Sam!');
  });

  it('pluralises by count and interpolates the chosen form', () => {
    expect(translate(dictionary, 'en', 'members', { count: 1 })).toBe('1 member');
    expect(translate(dictionary, 'en', 'members', { count: 8 })).toBe('8 members');
  });

  it('returns the key when a message is missing', () => {
    expect(translate(dictionary, 'en', 'nope')).toBe('nope');
  });
});
