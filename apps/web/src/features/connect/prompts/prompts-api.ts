import type { PromptDeck, PromptDepth, PromptRound } from '@tandem/shared';
import { api, segment } from '../../../lib/api/api-client';

/** A deck with how many prompts it holds (ours included) and how many we have had. */
export interface DeckProgress {
  deck: PromptDeck;
  prompts: number;
  asked: number;
}

/** A prompt we wrote ourselves; it is asked after the deck's own. */
export interface OwnPrompt {
  id: string;
  deck: PromptDeck;
  depth: PromptDepth;
  text: string;
  createdBy: string;
}

export interface OwnPromptDraft {
  deck: PromptDeck;
  depth: PromptDepth;
  text: string;
}

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/prompts`;
const round = (spaceId: string, roundId: string) => `${base(spaceId)}/rounds/${segment(roundId)}`;

export const fetchDecks = (spaceId: string) =>
  api.get<{ items: DeckProgress[] }>(`${base(spaceId)}/decks`);
export const fetchRounds = (spaceId: string) =>
  api.get<{ items: PromptRound[] }>(`${base(spaceId)}/rounds`);
export const askPrompt = (spaceId: string, deck: PromptDeck) =>
  api.post<PromptRound>(`${base(spaceId)}/rounds`, { deck });
export const answerPrompt = (spaceId: string, roundId: string, text: string) =>
  api.put<PromptRound>(`${round(spaceId, roundId)}/answer`, { text });
export const keepPrompt = (spaceId: string, roundId: string, favourite: boolean) =>
  api.put<PromptRound>(`${round(spaceId, roundId)}/favourite`, { favourite });

export const fetchOwnPrompts = (spaceId: string) =>
  api.get<{ items: OwnPrompt[] }>(`${base(spaceId)}/own`);
export const addOwnPrompt = (spaceId: string, draft: OwnPromptDraft) =>
  api.post<OwnPrompt>(`${base(spaceId)}/own`, draft);
export const removeOwnPrompt = (spaceId: string, promptId: string) =>
  api.delete(`${base(spaceId)}/own/${segment(promptId)}`);
