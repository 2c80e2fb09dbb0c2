import type {
  ConflictTopic,
  CreateResponsibilityBody,
  ExpenseCategory,
  SplitRuleBody,
  heldAnswers,
  repairKinds,
} from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';

export type HeldAnswer = (typeof heldAnswers)[number];
export type RepairKind = (typeof repairKinds)[number];

export interface RaiseTopicDraft {
  title: string;
  text: string;
  /** Who it is between besides me; everyone else in the space when left out. */
  withIds?: string[];
  tags: string[];
}

export interface PerspectiveDraft {
  happened: string;
  felt: string;
  need: string;
  myPart: string;
}

export interface AgreementDraftBody {
  items: { text: string; ownerId: string }[];
  checkOn: string;
}

/** What an agreed item becomes: a responsibility, a split rule for a category, or a decision. */
export type ItemFollowThrough =
  | { kind: 'responsibility'; responsibility: CreateResponsibilityBody }
  | { kind: 'expense_rule'; category: ExpenseCategory; split: SplitRuleBody }
  | { kind: 'decision'; question: string };

export interface FollowUpDraft {
  held: HeldAnswer;
  note?: string;
}

export interface RepairDraft {
  kind: RepairKind;
  text?: string;
  topicId?: string | null;
}

/** A repair attempt: seen by the topic's participants, or by the whole space without a topic. */
export interface Repair {
  id: string;
  kind: RepairKind;
  text: string;
  topicId: string | null;
  userId: string;
  createdAt: string;
}

/** A tag that keeps coming back, with how many topics carry it and how many are still open. */
export interface TopicPattern {
  tag: string;
  topics: number;
  open: number;
  firstAt: string;
  lastAt: string;
}

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/conflicts`;
const one = (spaceId: string, topicId: string) => `${base(spaceId)}/${segment(topicId)}`;

export const fetchTopics = (spaceId: string) => api.get<{ items: ConflictTopic[] }>(base(spaceId));
export const fetchTopic = (spaceId: string, topicId: string) =>
  api.get<ConflictTopic>(one(spaceId, topicId));
export const raiseTopic = (spaceId: string, draft: RaiseTopicDraft) =>
  api.post<ConflictTopic>(base(spaceId), draft);
export const updateTopic = (
  spaceId: string,
  topicId: string,
  changes: { title?: string; tags?: string[] },
) => api.patch<ConflictTopic>(one(spaceId, topicId), changes);
export const deleteTopic = (spaceId: string, topicId: string) => api.delete(one(spaceId, topicId));

export const pauseTopic = (spaceId: string, topicId: string, minutes: number) =>
  api.post<ConflictTopic>(`${one(spaceId, topicId)}/pause`, { minutes });
export const resumeTopic = (spaceId: string, topicId: string) =>
  api.post<ConflictTopic>(`${one(spaceId, topicId)}/resume`);

export const writePerspective = (spaceId: string, topicId: string, side: PerspectiveDraft) =>
  api.put<ConflictTopic>(`${one(spaceId, topicId)}/perspective`, side);
export const addIdea = (spaceId: string, topicId: string, text: string) =>
  api.post<ConflictTopic>(`${one(spaceId, topicId)}/ideas`, { text });
export const proposeAgreement = (spaceId: string, topicId: string, body: AgreementDraftBody) =>
  api.put<ConflictTopic>(`${one(spaceId, topicId)}/agreement`, body);
export const agreeToAgreement = (spaceId: string, topicId: string) =>
  api.post<ConflictTopic>(`${one(spaceId, topicId)}/agree`);
export const followThroughItem = (
  spaceId: string,
  topicId: string,
  itemId: string,
  body: ItemFollowThrough,
) =>
  api.post<ConflictTopic>(
    `${one(spaceId, topicId)}/agreement/${segment(itemId)}/follow-through`,
    body,
  );
export const answerFollowUp = (spaceId: string, topicId: string, answer: FollowUpDraft) =>
  api.put<ConflictTopic>(`${one(spaceId, topicId)}/follow-up`, answer);

export const fetchPatterns = (spaceId: string) =>
  api.get<{ items: TopicPattern[] }>(`${base(spaceId)}/patterns`);
export const fetchRepairs = (spaceId: string) =>
  api.get<{ items: Repair[] }>(`${base(spaceId)}/repairs`);
export const logRepair = (spaceId: string, draft: RepairDraft) =>
  api.post<Repair>(`${base(spaceId)}/repairs`, draft);
