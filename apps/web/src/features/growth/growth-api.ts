import type { GrowthGoal, goalStatuses, goalVisibilities } from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';

export type GoalVisibility = (typeof goalVisibilities)[number];
export type GoalStatus = (typeof goalStatuses)[number];

/** What a new goal is sent as; optional fields are left out rather than sent empty. */
export interface GoalBody {
  title: string;
  why?: string;
  visibility: GoalVisibility;
  howToHelp?: string;
  steps?: string[];
}

export interface GoalPatch {
  title?: string;
  why?: string;
  visibility?: GoalVisibility;
  howToHelp?: string;
  status?: GoalStatus;
}

export interface Reflection {
  userId: string;
  month: string;
  text: string;
  shared: boolean;
  updatedAt: string;
}

export interface ReflectionsView {
  /** This month in my zone: the one the gentle question is about. */
  month: string;
  items: Reflection[];
}

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/growth`;
const oneGoal = (spaceId: string, goalId: string) => `${base(spaceId)}/goals/${segment(goalId)}`;

/** My goals, private and shared, and the others' shared ones (never their private ones). */
export const fetchGoals = (spaceId: string) =>
  api.get<{ items: GrowthGoal[] }>(`${base(spaceId)}/goals`);
export const createGoal = (spaceId: string, body: GoalBody) =>
  api.post<GrowthGoal>(`${base(spaceId)}/goals`, body);
export const updateGoal = (spaceId: string, goalId: string, patch: GoalPatch) =>
  api.patch<GrowthGoal>(oneGoal(spaceId, goalId), patch);
export const deleteGoal = (spaceId: string, goalId: string) => api.delete(oneGoal(spaceId, goalId));

export const addStep = (spaceId: string, goalId: string, text: string) =>
  api.post<GrowthGoal>(`${oneGoal(spaceId, goalId)}/steps`, { text });
export const setStepDone = (spaceId: string, goalId: string, stepId: string, done: boolean) =>
  api.patch<GrowthGoal>(`${oneGoal(spaceId, goalId)}/steps/${segment(stepId)}`, { done });

/** From the owner a progress note; from anyone else, on a shared goal, encouragement. */
export const addNote = (spaceId: string, goalId: string, text: string) =>
  api.post<GrowthGoal>(`${oneGoal(spaceId, goalId)}/notes`, { text });

export const fetchReflections = (spaceId: string) =>
  api.get<ReflectionsView>(`${base(spaceId)}/reflections`);
export const saveReflection = (
  spaceId: string,
  month: string,
  body: { text: string; shared: boolean },
) => api.put<ReflectionsView>(`${base(spaceId)}/reflections/${segment(month)}`, body);
