import {
  emptyResponse,
  growthGoalBody,
  growthGoalList,
  growthGoalParams,
  growthGoalSchema,
  growthNoteBody,
  growthStepBody,
  growthStepParams,
  reflectionBody,
  reflectionParams,
  reflectionsSchema,
  spaceParams,
  updateGrowthGoalBody,
  updateGrowthStepBody,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { viewerOf } from '../spaces/viewer';

export function growthRoutes({ growth }: Services) {
  const base = '/api/v1/spaces/:spaceId/growth';
  const inSpace = { access: 'member', tag: 'growth', params: spaceParams } as const;
  const oneGoal = { access: 'member', tag: 'growth', params: growthGoalParams } as const;
  return [
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/goals`,
      summary: 'My goals, and the others’ shared ones (never someone else’s private goal)',
      response: growthGoalList,
      handler: async (ctx) => ({ items: await growth.list(ctx.membership) }),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/goals`,
      summary: 'A goal of my own: private, or shared with how the others can help',
      body: growthGoalBody,
      response: growthGoalSchema,
      status: 201,
      handler: (ctx) => growth.create(ctx.membership, ctx.body),
    }),
    defineRoute({
      ...oneGoal,
      method: 'GET',
      url: `${base}/goals/:goalId`,
      summary: 'One goal',
      response: growthGoalSchema,
      handler: (ctx) => growth.get(ctx.membership, ctx.params.goalId),
    }),
    defineRoute({
      ...oneGoal,
      method: 'PATCH',
      url: `${base}/goals/:goalId`,
      summary: 'Change my goal: its words, who sees it, or whether it is done',
      body: updateGrowthGoalBody,
      response: growthGoalSchema,
      handler: (ctx) => growth.update(ctx.membership, ctx.params.goalId, ctx.body),
    }),
    defineRoute({
      ...oneGoal,
      method: 'DELETE',
      url: `${base}/goals/:goalId`,
      summary: 'Remove my goal',
      response: emptyResponse,
      status: 204,
      handler: async (ctx) => {
        await growth.remove(ctx.membership, ctx.params.goalId);
        return null;
      },
    }),
    defineRoute({
      ...oneGoal,
      method: 'POST',
      url: `${base}/goals/:goalId/steps`,
      summary: 'Add a step to my goal',
      body: growthStepBody,
      response: growthGoalSchema,
      handler: (ctx) => growth.addStep(ctx.membership, ctx.params.goalId, ctx.body.text),
    }),
    defineRoute({
      access: 'member',
      tag: 'growth',
      params: growthStepParams,
      method: 'PATCH',
      url: `${base}/goals/:goalId/steps/:stepId`,
      summary: 'Tick a step of my goal off, or back on',
      body: updateGrowthStepBody,
      response: growthGoalSchema,
      handler: (ctx) =>
        growth.markStep(ctx.membership, ctx.params.goalId, ctx.params.stepId, ctx.body.done),
    }),
    defineRoute({
      ...oneGoal,
      method: 'POST',
      url: `${base}/goals/:goalId/notes`,
      summary: 'A progress note on my goal, or encouragement on someone’s shared goal',
      body: growthNoteBody,
      response: growthGoalSchema,
      handler: (ctx) => growth.addNote(ctx.membership, ctx.params.goalId, ctx.body.text),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/reflections`,
      summary: 'My monthly reflections, and the others’ shared ones',
      response: reflectionsSchema,
      handler: (ctx) => growth.reflections(viewerOf(ctx)),
    }),
    defineRoute({
      access: 'member',
      tag: 'growth',
      params: reflectionParams,
      method: 'PUT',
      url: `${base}/reflections/:month`,
      summary: '“What did I do for myself this month?” — this month or last',
      body: reflectionBody,
      response: reflectionsSchema,
      handler: (ctx) => growth.reflect(viewerOf(ctx), ctx.params.month, ctx.body),
    }),
  ];
}
