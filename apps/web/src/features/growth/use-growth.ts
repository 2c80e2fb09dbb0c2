import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../lib/api/query-keys';
import { refetchingMutationOptions } from '../../lib/api/refetching-mutation';
import {
  addNote,
  addStep,
  createGoal,
  deleteGoal,
  fetchGoals,
  fetchReflections,
  saveReflection,
  setStepDone,
  updateGoal,
  type GoalBody,
  type GoalPatch,
} from './growth-api';

const goalsKey = (spaceId: string) => [...queryKeys.growth(spaceId), 'goals'] as const;
const reflectionsKey = (spaceId: string) => [...queryKeys.growth(spaceId), 'reflections'] as const;

export const useGoals = (spaceId: string) =>
  useQuery({ queryKey: goalsKey(spaceId), queryFn: () => fetchGoals(spaceId) });

export const useReflections = (spaceId: string) =>
  useQuery({ queryKey: reflectionsKey(spaceId), queryFn: () => fetchReflections(spaceId) });

/** Every change refetches everything under `growth`; the button stays busy until it is shown. */
function useGrowthMutation<Variables, Result>(
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
) {
  return useMutation(
    refetchingMutationOptions(useQueryClient(), queryKeys.growth(spaceId), request),
  );
}

export const useCreateGoal = (spaceId: string) =>
  useGrowthMutation(spaceId, (body: GoalBody) => createGoal(spaceId, body));

export const useUpdateGoal = (spaceId: string, goalId: string) =>
  useGrowthMutation(spaceId, (patch: GoalPatch) => updateGoal(spaceId, goalId, patch));

export const useDeleteGoal = (spaceId: string, goalId: string) =>
  useGrowthMutation(spaceId, () => deleteGoal(spaceId, goalId));

export const useAddStep = (spaceId: string, goalId: string) =>
  useGrowthMutation(spaceId, (text: string) => addStep(spaceId, goalId, text));

export const useSetStepDone = (spaceId: string, goalId: string) =>
  useGrowthMutation(spaceId, ({ stepId, done }: { stepId: string; done: boolean }) =>
    setStepDone(spaceId, goalId, stepId, done),
  );

export const useAddNote = (spaceId: string, goalId: string) =>
  useGrowthMutation(spaceId, (text: string) => addNote(spaceId, goalId, text));

export const useSaveReflection = (spaceId: string) =>
  useGrowthMutation(spaceId, (body: { month: string; text: string; shared: boolean }) =>
    saveReflection(spaceId, body.month, { text: body.text, shared: body.shared }),
  );
