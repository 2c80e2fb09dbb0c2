import type {
  DateCost,
  DateDuration,
  DateEnergy,
  DateIdeaView,
  DateSeason,
  DateSetting,
} from '@tandem/shared';
import { dateSeasons } from '@tandem/shared';
import type { IdeaBody } from './dates-api';

/** The form for an idea of our own, tagged like the bank's. */
export interface IdeaDraft {
  title: string;
  description: string;
  setting: DateSetting;
  cost: DateCost;
  duration: DateDuration;
  energy: DateEnergy;
  /** `['any']`, or one or more seasons. */
  seasons: DateSeason[];
}

export const emptyIdeaDraft: IdeaDraft = {
  title: '',
  description: '',
  setting: 'home',
  cost: 'free',
  duration: 'evening',
  energy: 'medium',
  seasons: ['any'],
};

export const draftFromIdea = (idea: DateIdeaView): IdeaDraft => ({
  title: idea.title,
  description: idea.description,
  setting: idea.setting,
  cost: idea.cost,
  duration: idea.duration,
  energy: idea.energy,
  seasons: [...idea.seasons],
});

/**
 * A season ticked or cleared. "Any season" goes alone: ticking it clears the others, ticking a
 * season clears it, and clearing the last season leaves "any" — an idea always has a season.
 */
export function toggleSeason(
  seasons: readonly DateSeason[],
  season: DateSeason,
  on: boolean,
): DateSeason[] {
  if (season === 'any') return ['any'];
  const chosen = dateSeasons.filter(
    (each) => each !== 'any' && (each === season ? on : seasons.includes(each)),
  );
  return chosen.length > 0 ? chosen : ['any'];
}

/**
 * The idea to send, undefined without a title. A new idea leaves an empty description out; an
 * edit sends it empty, so words can be taken back.
 */
export function ideaBody(draft: IdeaDraft, edit = false): IdeaBody | undefined {
  const title = draft.title.trim();
  if (title === '') return undefined;
  const description = draft.description.trim();
  return {
    title,
    ...(description || edit ? { description } : {}),
    setting: draft.setting,
    cost: draft.cost,
    duration: draft.duration,
    energy: draft.energy,
    seasons: draft.seasons,
  };
}
