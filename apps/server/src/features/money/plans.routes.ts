import {
  allowanceBody,
  allowancesSchema,
  budgetBody,
  budgetParams,
  budgetsSchema,
  contributeBody,
  contributionParams,
  createGoalBody,
  emptyResponse,
  goalList,
  goalParams,
  goalSchema,
  monthQuery,
  spaceParams,
  updateGoalBody,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { viewerOf } from '../spaces/viewer';

/** Budgets, allowances and savings goals: money planned ahead rather than spent. */
export function plansRoutes({ budgets, goals, recurring }: Services) {
  const base = '/api/v1/spaces/:spaceId/money';
  const inSpace = { access: 'member', tag: 'money', params: spaceParams } as const;
  const oneGoal = { access: 'member', tag: 'money', params: goalParams } as const;
  return [
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/budgets`,
      summary: 'Monthly budgets per shared category: spent, carried over and left',
      query: monthQuery,
      response: budgetsSchema,
      handler: async (ctx) => {
        await recurring.catchUp(viewerOf(ctx));
        return budgets.budgets(viewerOf(ctx), ctx.query.month);
      },
    }),
    defineRoute({
      access: 'member',
      tag: 'money',
      params: budgetParams,
      method: 'PUT',
      url: `${base}/budgets/:category`,
      summary: "Set a category's monthly limit and whether what is left rolls over",
      body: budgetBody,
      response: budgetsSchema,
      handler: (ctx) =>
        budgets.setBudget(
          viewerOf(ctx),
          ctx.params.category,
          ctx.body.monthlyLimit,
          ctx.body.rollover,
        ),
    }),
    defineRoute({
      access: 'member',
      tag: 'money',
      params: budgetParams,
      method: 'DELETE',
      url: `${base}/budgets/:category`,
      summary: "Remove a category's budget",
      response: emptyResponse,
      status: 204,
      handler: async (ctx) => {
        await budgets.removeBudget(viewerOf(ctx), ctx.params.category);
        return null;
      },
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/allowances`,
      summary: "Each member's allowance; what I spent of mine (nobody sees another's)",
      query: monthQuery,
      response: allowancesSchema,
      handler: async (ctx) => {
        await recurring.catchUp(viewerOf(ctx));
        return budgets.allowances(viewerOf(ctx), ctx.query.month);
      },
    }),
    defineRoute({
      ...inSpace,
      method: 'PUT',
      url: `${base}/allowance`,
      summary: 'Set my monthly allowance',
      body: allowanceBody,
      response: allowancesSchema,
      handler: (ctx) => budgets.setAllowance(viewerOf(ctx), ctx.body.monthlyAmount),
    }),
    defineRoute({
      ...inSpace,
      method: 'DELETE',
      url: `${base}/allowance`,
      summary: 'Remove my allowance',
      response: allowancesSchema,
      handler: (ctx) => budgets.removeAllowance(viewerOf(ctx)),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/goals`,
      summary: 'Shared savings goals: saved so far, by whom, and when at this pace',
      response: goalList,
      handler: async (ctx) => ({ items: await goals.list(viewerOf(ctx)) }),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/goals`,
      summary: 'Add a savings goal',
      body: createGoalBody,
      response: goalSchema,
      status: 201,
      handler: (ctx) => goals.create(viewerOf(ctx), ctx.body),
    }),
    defineRoute({
      ...oneGoal,
      method: 'PATCH',
      url: `${base}/goals/:goalId`,
      summary: "Change a goal's name, target or date",
      body: updateGoalBody,
      response: goalSchema,
      handler: (ctx) => goals.update(viewerOf(ctx), ctx.params.goalId, ctx.body),
    }),
    defineRoute({
      ...oneGoal,
      method: 'DELETE',
      url: `${base}/goals/:goalId`,
      summary: 'Remove a goal and its contributions',
      response: emptyResponse,
      status: 204,
      handler: async (ctx) => {
        await goals.remove(viewerOf(ctx), ctx.params.goalId);
        return null;
      },
    }),
    defineRoute({
      ...oneGoal,
      method: 'POST',
      url: `${base}/goals/:goalId/contributions`,
      summary: 'Put money into a goal (or take some out)',
      body: contributeBody,
      response: goalSchema,
      status: 201,
      handler: (ctx) => goals.contribute(viewerOf(ctx), ctx.params.goalId, ctx.body),
    }),
    defineRoute({
      access: 'member',
      tag: 'money',
      params: contributionParams,
      method: 'DELETE',
      url: `${base}/goals/:goalId/contributions/:contributionId`,
      summary: 'Remove a contribution entered by mistake',
      response: goalSchema,
      handler: (ctx) =>
        goals.removeContribution(viewerOf(ctx), ctx.params.goalId, ctx.params.contributionId),
    }),
  ];
}
