import type { LiveSession, MoveBody } from '@tandem/shared';
import { api, apiRequest, segment } from '../../../lib/api/api-client';

/** What starting a conversation takes: in a household, who it is with. */
export interface StartTalkBody {
  topic: string;
  partnerId?: string;
}

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/sessions`;
const one = (spaceId: string, sessionId: string) => `${base(spaceId)}/${segment(sessionId)}`;

export const fetchTalkSessions = (spaceId: string) =>
  api.get<{ items: LiveSession[] }>(base(spaceId));

export const fetchTalkSession = (spaceId: string, sessionId: string) =>
  api.get<LiveSession>(one(spaceId, sessionId));

export const startTalk = (spaceId: string, body: StartTalkBody) =>
  api.post<LiveSession>(base(spaceId), body);

/** One move in the conversation; the server answers with the session as it now stands. */
export const makeMove = (spaceId: string, sessionId: string, move: MoveBody) =>
  api.post<LiveSession>(`${one(spaceId, sessionId)}/moves`, move);

export const saveSummary = (spaceId: string, sessionId: string, text: string) =>
  api.put<LiveSession>(`${one(spaceId, sessionId)}/summary`, { text });

/** Answers with the session too, unlike most deletes. */
export const discardSummary = (spaceId: string, sessionId: string) =>
  apiRequest<LiveSession>('DELETE', `${one(spaceId, sessionId)}/summary`);

/** One summary someone kept of a conversation, with its topic: the whole space may read it. */
export interface KeptSummary {
  sessionId: string;
  topic: string;
  userId: string;
  text: string;
  createdAt: string;
}

export const fetchKeptSummaries = (spaceId: string) =>
  api.get<{ items: KeptSummary[] }>(`${base(spaceId)}/summaries`);
