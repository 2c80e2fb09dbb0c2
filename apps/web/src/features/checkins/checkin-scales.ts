import { t } from '../../lib/i18n';
import type { RadioOption } from '../../ui/radio-group';

export const scaleValues = ['1', '2', '3', '4', '5'] as const;
export type ScaleValue = (typeof scaleValues)[number];
export type Scale = 'mood' | 'energy';

const emoji: Record<Scale, Record<ScaleValue, string>> = {
  mood: { 1: '😞', 2: '🙁', 3: '😐', 4: '🙂', 5: '😄' },
  energy: { 1: '🪫', 2: '🥱', 3: '😌', 4: '💪', 5: '⚡' },
};

export function toScaleValue(value: number | null | undefined): ScaleValue | undefined {
  return scaleValues.find((scaleValue) => Number(scaleValue) === value);
}

/** "4 – Good": the number keeps the scale clear for everyone, the word keeps it warm. */
export function scaleLabel(scale: Scale, value: ScaleValue): string {
  return t('checkins.scaleLabel', { value, label: t(`checkins.${scale}.${value}`) });
}

export function scaleEmoji(scale: Scale, value: ScaleValue): string {
  return emoji[scale][value];
}

export function scaleOptions(scale: Scale): RadioOption<ScaleValue>[] {
  return scaleValues.map((value) => ({
    value,
    label: scaleLabel(scale, value),
    emoji: scaleEmoji(scale, value),
  }));
}
