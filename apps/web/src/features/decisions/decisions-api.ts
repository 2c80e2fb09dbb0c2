import type {
  CreateResponsibilityBody,
  Decision,
  DecisionLog,
  ExpenseCategory,
  SplitRuleBody,
} from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';

// The request bodies, as the contracts in @tandem/shared (contracts/decisions.ts) take them.
export interface OpenDecisionBody {
  question: string;
  options: { label: string }[];
  statusQuo: boolean;
  deadlineOn: string | null;
}
export interface BallotBody {
  /** Option → 0..10, for every option. */
  scores: Record<string, number>;
  vetoes: string[];
  couldLiveWith: string[];
}
export interface ChoiceBody {
  /** Null: none of these, we keep looking. */
  optionId: string | null;
  why: string;
  reviewOn: string | null;
}
export interface ReviewBody {
  verdict: 'still_right' | 'revisit';
  note?: string;
}
export type FollowThroughBody =
  | { kind: 'responsibility'; responsibility: CreateResponsibilityBody }
  | { kind: 'expense_rule'; category: ExpenseCategory; split: SplitRuleBody };

/** How many dealbreakers each of us has a month, and how many I have used this month. */
export interface DecisionSettings {
  vetoesPerMonth: number;
  myVetoesThisMonth: number;
}

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/decisions`;
const one = (spaceId: string, decisionId: string) => `${base(spaceId)}/${segment(decisionId)}`;

export const fetchDecisions = (spaceId: string) => api.get<{ items: Decision[] }>(base(spaceId));
export const openDecision = (spaceId: string, body: OpenDecisionBody) =>
  api.post<Decision>(base(spaceId), body);
export const fetchDecision = (spaceId: string, decisionId: string) =>
  api.get<Decision>(one(spaceId, decisionId));
export const deleteDecision = (spaceId: string, decisionId: string) =>
  api.delete(one(spaceId, decisionId));

export const fetchDecisionSettings = (spaceId: string) =>
  api.get<DecisionSettings>(`${base(spaceId)}/settings`);
export const saveDecisionSettings = (spaceId: string, vetoesPerMonth: number) =>
  api.put<DecisionSettings>(`${base(spaceId)}/settings`, { vetoesPerMonth });

export const fetchDecisionLog = (spaceId: string) => api.get<DecisionLog>(`${base(spaceId)}/log`);

export const addOption = (spaceId: string, decisionId: string, label: string) =>
  api.post<Decision>(`${one(spaceId, decisionId)}/options`, { label });
export const saveBallot = (spaceId: string, decisionId: string, body: BallotBody) =>
  api.put<Decision>(`${one(spaceId, decisionId)}/ballot`, body);
export const recordChoice = (spaceId: string, decisionId: string, body: ChoiceBody) =>
  api.put<Decision>(`${one(spaceId, decisionId)}/choice`, body);
export const followThrough = (spaceId: string, decisionId: string, body: FollowThroughBody) =>
  api.post<Decision>(`${one(spaceId, decisionId)}/follow-through`, body);
export const reviewChoice = (spaceId: string, decisionId: string, body: ReviewBody) =>
  api.put<Decision>(`${one(spaceId, decisionId)}/review`, body);
