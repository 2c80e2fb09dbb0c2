import { careTags } from '@tandem/shared';
import { format, t } from '../../../lib/i18n';
import type { CarePreference, CareTag } from './appreciate-api';

export { careTags };

/** A way of receiving care by its human name, for my checkboxes ("Kind words"). */
export const careTagLabel = (tag: CareTag) => t(`connect.appreciate.care.tag.${tag}`);

/** The same within a sentence ("kind words"). */
const careTagInSentence = (tag: CareTag) => t(`connect.appreciate.care.inSentence.${tag}`);

/**
 * How someone else likes to receive care, in one sentence, in the order they chose:
 * "Sam feels cared for with time together and kind words: A walk, just us two".
 */
export function careSentence(name: string, care: CarePreference): string {
  const text = care.text.trim();
  if (!care.given || (care.tags.length === 0 && text === '')) {
    return t('connect.appreciate.care.notYet', { name });
  }
  if (care.tags.length === 0) return t('connect.appreciate.care.inTheirWords', { name, text });
  const ways = format.list(care.tags.map(careTagInSentence));
  return text === ''
    ? t('connect.appreciate.care.ways', { name, ways })
    : t('connect.appreciate.care.waysAndWords', { name, ways, text });
}

/** My choice of ways, kept in the catalogue's order whatever order they were ticked in. */
export function toggleCareTag(tags: readonly CareTag[], tag: CareTag, on: boolean): CareTag[] {
  return careTags.filter((each) => (each === tag ? on : tags.includes(each)));
}
