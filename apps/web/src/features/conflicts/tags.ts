import { t } from '../../lib/i18n';

/** The most tags a topic carries, and the longest a tag may be (as the server allows). */
export const MAX_TAGS = 8;
export const MAX_TAG_LENGTH = 30;

/**
 * Tags as typed in one field, separated by commas: trimmed, lower-case (as the server keeps
 * them), each once, empty ones dropped. "Money, chores,,money" is ["money", "chores"].
 */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().toLowerCase())
    .filter((tag) => tag.length > 0);
  return [...new Set(tags)];
}

/** The first problem with the tags, if any: too many, or one too long. */
export function tagsProblem(tags: readonly string[]): 'tooMany' | 'tooLong' | null {
  if (tags.length > MAX_TAGS) return 'tooMany';
  if (tags.some((tag) => tag.length > MAX_TAG_LENGTH)) return 'tooLong';
  return null;
}

/** Tags back as the field shows them. */
export const tagsText = (tags: readonly string[]): string => tags.join(', ');

/** What is wrong with the tags as typed, in words; undefined when nothing is. */
export function tagsError(problem: ReturnType<typeof tagsProblem>): string | undefined {
  if (problem === 'tooMany') return t('resolve.tags.tooMany', { max: MAX_TAGS });
  if (problem === 'tooLong') return t('resolve.tags.tooLong', { max: MAX_TAG_LENGTH });
  return undefined;
}
