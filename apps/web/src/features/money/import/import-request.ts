import type {
  ExpenseCategory,
  ExpensePrivacy,
  ImportMapping,
  ImportPreview,
  Member,
} from '@tandem/shared';
import { t } from '../../../lib/i18n';

/** What the preview and the import are sent; the file travels as its text. */
export interface ImportRequest {
  csv: string;
  mapping?: ImportMapping;
  currency?: string;
  category?: ExpenseCategory;
  privacy?: ExpensePrivacy;
  includeMoneyIn?: boolean;
  /** The file's lines to import, exactly. */
  lines?: number[];
  /** Splitwise: which member each person in the file is. */
  people?: Record<string, string>;
}

/** What the person decided on the page, apart from which rows. */
export interface ImportChoices {
  /** Undefined until the person changes a column: the server's guess stands until then. */
  mapping: ImportMapping | undefined;
  currency: string;
  includeMoneyIn: boolean;
  category: ExpenseCategory;
  privacy: ExpensePrivacy;
  /** Splitwise: who each person is, where the person chose differently from the guess. */
  people: Readonly<Record<string, string>>;
}

export const firstChoices = (currency: string): ImportChoices => ({
  mapping: undefined,
  currency,
  includeMoneyIn: false,
  category: 'other',
  privacy: 'shared',
  people: {},
});

/** The choices that change what the preview shows; the others only matter to the import. */
export function previewOptionsOf(choices: ImportChoices) {
  const { mapping, currency, includeMoneyIn } = choices;
  return { currency, includeMoneyIn, ...(mapping ? { mapping } : {}) };
}

/** Splitwise: each person in the file with the member chosen for them, or '' for no one yet. */
export function peopleOf(
  preview: Pick<ImportPreview, 'people'>,
  chosen: ImportChoices['people'],
): Record<string, string> {
  return Object.fromEntries(
    preview.people.map(({ name, userId }) => [name, chosen[name] ?? userId ?? '']),
  );
}

/**
 * What is wrong with who is who, by person: someone not chosen yet, or a member chosen for
 * two people (their amounts would merge into one).
 */
export function peopleProblems(
  people: Readonly<Record<string, string>>,
  members: readonly Member[],
): Record<string, string> {
  const problems: Record<string, string> = {};
  const firstFor = new Map<string, string>();
  for (const [name, userId] of Object.entries(people)) {
    const member = members.find((m) => m.userId === userId);
    if (!member) {
      problems[name] = t('money.import.people.missing', { name });
      continue;
    }
    const other = firstFor.get(userId);
    if (other === undefined) firstFor.set(userId, name);
    else
      problems[name] = t('money.import.people.twice', { name, other, member: member.displayName });
  }
  return problems;
}

/**
 * The import exactly as previewed: the layout shown (guessed or chosen), the rows ticked. A
 * Splitwise file brings its own categories, and its expenses are between people, never private.
 */
export function importRequestOf(
  csv: string,
  choices: ImportChoices,
  preview: Pick<ImportPreview, 'kind' | 'mapping' | 'people'>,
  lines: readonly number[],
): ImportRequest {
  const base = {
    csv,
    currency: choices.currency,
    includeMoneyIn: choices.includeMoneyIn,
    lines: [...lines],
  };
  if (preview.kind === 'splitwise') {
    return {
      ...base,
      privacy: choices.privacy === 'private' ? 'shared' : choices.privacy,
      people: peopleOf(preview, choices.people),
    };
  }
  const mapping = choices.mapping ?? preview.mapping;
  return {
    ...base,
    ...(mapping ? { mapping } : {}),
    category: choices.category,
    privacy: choices.privacy,
  };
}
