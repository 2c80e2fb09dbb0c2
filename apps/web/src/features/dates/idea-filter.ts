import type {
  DateCost,
  DateDuration,
  DateEnergy,
  DateIdeaFilter,
  DateIdeaView,
  DateSeason,
  DateSetting,
  YearSeason,
} from '@tandem/shared';
import { t } from '../../lib/i18n';

/** The filters as the form holds them: `''` is "any". */
export interface IdeaFilterDraft {
  setting: DateSetting | '';
  /** At most this cost. */
  cost: DateCost | '';
  duration: DateDuration | '';
  energy: DateEnergy | '';
  season: YearSeason | '';
}

/**
 * The season a day falls in, by its month. This assumes the northern hemisphere (March to May
 * is spring): Tandem does not know where anyone lives, and asks for no location to find out.
 * Someone further south picks their season in the filter; the choice is theirs for the visit.
 */
export function seasonOf(day: string): YearSeason {
  const month = Number(day.slice(5, 7));
  if (month >= 3 && month <= 5) return 'spring';
  if (month >= 6 && month <= 8) return 'summer';
  if (month >= 9 && month <= 11) return 'autumn';
  return 'winter';
}

/** No filter but this season's, which every idea for any season fits too. */
export const defaultFilter = (today: string): IdeaFilterDraft => ({
  setting: '',
  cost: '',
  duration: '',
  energy: '',
  season: seasonOf(today),
});

/** The query to send: "any" left out. */
export function filterQuery(draft: IdeaFilterDraft): DateIdeaFilter {
  const filter: DateIdeaFilter = {};
  if (draft.setting) filter.setting = draft.setting;
  if (draft.cost) filter.cost = draft.cost;
  if (draft.duration) filter.duration = draft.duration;
  if (draft.energy) filter.energy = draft.energy;
  if (draft.season) filter.season = draft.season;
  return filter;
}

/** Stable across refetches, and never the same for a bank idea and one of ours. */
export const ideaKey = (idea: Pick<DateIdeaView, 'ref'>) =>
  idea.ref.source === 'bank' ? `bank:${idea.ref.key}` : `ours:${idea.ref.id}`;

/**
 * "Surprise us": one of the ideas that fit, at random — not the one just shown, when there is
 * another to show.
 */
export function pickSurprise(
  ideas: readonly DateIdeaView[],
  previousKey?: string,
  random: () => number = Math.random,
): DateIdeaView | undefined {
  const others = ideas.filter((idea) => ideaKey(idea) !== previousKey);
  const pool = others.length > 0 ? others : ideas;
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
}

export const settingWords = (setting: DateSetting) => t(`dates.setting.${setting}`);
export const costWords = (cost: DateCost) => t(`dates.cost.${cost}`);
export const durationWords = (duration: DateDuration) => t(`dates.duration.${duration}`);
export const energyWords = (energy: DateEnergy) => t(`dates.energy.${energy}`);
export const seasonWords = (season: DateSeason) => t(`dates.season.${season}`);

/** An idea's tags in words: "At home · Free · An evening · Low energy · Any season". */
export function ideaTags(idea: Omit<DateIdeaView, 'ref' | 'createdBy'>): string[] {
  return [
    settingWords(idea.setting),
    costWords(idea.cost),
    durationWords(idea.duration),
    energyWords(idea.energy),
    idea.seasons.map(seasonWords).join(', '),
  ];
}
