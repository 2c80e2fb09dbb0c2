import { ideaEntries } from './date-idea-entries';

/**
 * Date ideas, written for Tandem. Each is tagged so a couple can ask for "at home, free, under an
 * hour, we're tired" and get something that fits. Keys are stable: saved and planned dates refer
 * to them and translations are looked up by them, so wording may be polished but a key is never
 * reused. A couple's own ideas have the same shape and are filtered the same way.
 */
export const dateSettings = ['home', 'out'] as const;
export type DateSetting = (typeof dateSettings)[number];

/** Ordered cheapest first: a cost filter means "at most this". */
export const dateCosts = ['free', 'low', 'medium', 'high'] as const;
export type DateCost = (typeof dateCosts)[number];

/** Under an hour, an evening, half a day, a whole day. */
export const dateDurations = ['short', 'evening', 'half_day', 'day'] as const;
export type DateDuration = (typeof dateDurations)[number];

export const dateEnergies = ['low', 'medium', 'high'] as const;
export type DateEnergy = (typeof dateEnergies)[number];

export const dateSeasons = ['any', 'spring', 'summer', 'autumn', 'winter'] as const;
export type DateSeason = (typeof dateSeasons)[number];
/** A season of the year, as opposed to the "any season" tag. */
export type YearSeason = Exclude<DateSeason, 'any'>;

export interface DateIdea {
  key: string;
  title: string;
  description: string;
  setting: DateSetting;
  cost: DateCost;
  duration: DateDuration;
  energy: DateEnergy;
  /** `['any']`, or the one or more seasons the idea belongs to. */
  seasons: DateSeason[];
}

export interface DateIdeaFilter {
  setting?: DateSetting;
  /** At most this cost. */
  cost?: DateCost;
  duration?: DateDuration;
  energy?: DateEnergy;
  /** Ideas for any season match every season. */
  season?: YearSeason;
}

/** All of Tandem's own date ideas, at home first. */
export const dateIdeas: readonly DateIdea[] = dateSettings.flatMap((setting) =>
  ideaEntries[setting].map(([key, { seasons, ...tags }, title, description]) => ({
    key,
    title,
    description,
    setting,
    ...tags,
    seasons: seasons ?? ['any'],
  })),
);

/**
 * The ideas that fit a filter, in their given order: Tandem's own by default, or any list such
 * as the couple's own ideas alongside them.
 */
export function dateIdeasMatching<T extends DateIdea = DateIdea>(
  filter: DateIdeaFilter,
  among: readonly T[] = dateIdeas as readonly T[],
): T[] {
  const { setting, cost, duration, energy, season } = filter;
  const maxCost = cost === undefined ? dateCosts.length - 1 : dateCosts.indexOf(cost);
  return among.filter(
    (idea) =>
      (setting === undefined || idea.setting === setting) &&
      dateCosts.indexOf(idea.cost) <= maxCost &&
      (duration === undefined || idea.duration === duration) &&
      (energy === undefined || idea.energy === energy) &&
      (season === undefined || idea.seasons.includes('any') || idea.seasons.includes(season)),
  );
}
