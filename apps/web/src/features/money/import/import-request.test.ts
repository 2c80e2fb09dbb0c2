import type { ImportMapping, ImportPreview } from '@tandem/shared';
import { describe, expect, it } from 'vitest';
import { ALEX, members, SAM } from '../test-fixtures';
import {
  firstChoices,
  importRequestOf,
  peopleOf,
  peopleProblems,
  previewOptionsOf,
  type ImportChoices,
} from './import-request';

const detected: ImportMapping = {
  hasHeader: true,
  date: 0,
  description: 3,
  amount: 4,
  dateFormat: 'DD.MM.YYYY',
  decimal: ',',
};
const bank = { kind: 'bank', mapping: detected, people: [] } satisfies Pick<
  ImportPreview,
  'kind' | 'mapping' | 'people'
>;
const splitwise = {
  kind: 'splitwise',
  mapping: null,
  people: [
    { name: 'Alex', userId: ALEX },
    { name: 'Sammy', userId: null },
  ],
} satisfies Pick<ImportPreview, 'kind' | 'mapping' | 'people'>;

describe('previewOptionsOf', () => {
  it('leaves the columns to the server’s guess until the person changes one', () => {
    expect(previewOptionsOf(firstChoices('EUR'))).toEqual({
      currency: 'EUR',
      includeMoneyIn: false,
    });
    const chosen = { ...firstChoices('EUR'), mapping: { ...detected, decimal: '.' as const } };
    expect(previewOptionsOf(chosen).mapping?.decimal).toBe('.');
  });

  it('does not change with what only the import needs, so the preview is not fetched again', () => {
    const choices: ImportChoices = {
      ...firstChoices('EUR'),
      category: 'housing',
      privacy: 'private',
    };
    expect(previewOptionsOf(choices)).toEqual(previewOptionsOf(firstChoices('EUR')));
  });
});

describe('importRequestOf', () => {
  it('imports a bank file exactly as previewed: the guessed columns, the lines ticked', () => {
    const choices: ImportChoices = {
      ...firstChoices('EUR'),
      category: 'housing',
      privacy: 'amount_only',
    };
    expect(importRequestOf('csv', choices, bank, [2, 3, 5])).toEqual({
      csv: 'csv',
      mapping: detected,
      currency: 'EUR',
      includeMoneyIn: false,
      category: 'housing',
      privacy: 'amount_only',
      lines: [2, 3, 5],
    });
  });

  it('sends the columns the person chose over the guess', () => {
    const mapping = { ...detected, amount: { out: 4, in: 5 } };
    const choices = { ...firstChoices('EUR'), mapping, includeMoneyIn: true };
    const body = importRequestOf('csv', choices, bank, [2]);
    expect(body.mapping).toBe(mapping);
    expect(body.includeMoneyIn).toBe(true);
  });

  it('sends Splitwise who is who, never a category, and never private', () => {
    const choices: ImportChoices = {
      ...firstChoices('EUR'),
      privacy: 'private',
      people: { Sammy: SAM },
    };
    const body = importRequestOf('csv', choices, splitwise, [2, 3]);
    expect(body).toEqual({
      csv: 'csv',
      currency: 'EUR',
      includeMoneyIn: false,
      privacy: 'shared',
      people: { Alex: ALEX, Sammy: SAM },
      lines: [2, 3],
    });
  });
});

describe('peopleOf', () => {
  it('takes the person’s choice over the match by name, and no one where neither', () => {
    expect(peopleOf(splitwise, {})).toEqual({ Alex: ALEX, Sammy: '' });
    expect(peopleOf(splitwise, { Alex: SAM })).toEqual({ Alex: SAM, Sammy: '' });
  });
});

describe('peopleProblems', () => {
  it('asks for anyone not chosen yet', () => {
    expect(peopleProblems({ Alex: ALEX, Sammy: '' }, members)).toEqual({
      Sammy: 'Choose who “Sammy” is.',
    });
  });

  it('refuses one member for two people, whose amounts would merge', () => {
    expect(peopleProblems({ Alex: ALEX, Sammy: ALEX }, members)).toEqual({
      Sammy: '“Alex” and “Sammy” can’t both be Alex.',
    });
  });

  it('is happy when everyone is someone else', () => {
    expect(peopleProblems({ Alex: ALEX, Sammy: SAM }, members)).toEqual({});
  });
});
