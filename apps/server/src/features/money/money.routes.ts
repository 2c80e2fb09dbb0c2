import {
  balancesSchema,
  createExpenseBody,
  createRecurringBody,
  emptyResponse,
  expenseHistory,
  expensePage,
  expenseParams,
  expenseSchema,
  incomeBody,
  incomesSchema,
  listExpensesQuery,
  moneySettingsBody,
  moneySettingsSchema,
  recordSettlementBody,
  recurringList,
  recurringParams,
  recurringSchema,
  spaceParams,
  updateExpenseBody,
  updateRecurringBody,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { viewerOf } from '../spaces/viewer';

export function moneyRoutes({ money, expenses, recurring }: Services) {
  const base = '/api/v1/spaces/:spaceId/money';
  const inSpace = { access: 'member', tag: 'money', params: spaceParams } as const;
  const oneExpense = { access: 'member', tag: 'money', params: expenseParams } as const;
  return [
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/settings`,
      summary: "The space's currency and default split rules (per category too)",
      response: moneySettingsSchema,
      handler: (ctx) => money.settings(money.db, ctx.membership.spaceId),
    }),
    defineRoute({
      ...inSpace,
      method: 'PATCH',
      url: `${base}/settings`,
      summary: "Change the space's currency or split rules",
      body: moneySettingsBody,
      response: moneySettingsSchema,
      handler: (ctx) => money.updateSettings(ctx.membership, ctx.body),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/incomes`,
      summary: "Each member's monthly income (a private one as a percentage only)",
      response: incomesSchema,
      handler: async (ctx) => ({ items: await money.incomes(ctx.membership) }),
    }),
    defineRoute({
      ...inSpace,
      method: 'PUT',
      url: `${base}/income`,
      summary: 'Set my monthly income, shared or private (the others then see only the ratio)',
      body: incomeBody,
      response: incomesSchema,
      handler: async (ctx) => ({
        items: await money.setIncome(ctx.membership, ctx.body.monthlyAmount, ctx.body.private),
      }),
    }),
    defineRoute({
      ...inSpace,
      method: 'DELETE',
      url: `${base}/income`,
      summary: 'Remove my income',
      response: incomesSchema,
      handler: async (ctx) => ({ items: await money.removeIncome(ctx.membership) }),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/expenses`,
      summary: 'The ledger, newest first, a page at a time (others’ private expenses never)',
      query: listExpensesQuery,
      response: expensePage,
      handler: async (ctx) => {
        await recurring.catchUp(viewerOf(ctx));
        return expenses.list(ctx.membership, ctx.query.limit, ctx.query.before);
      },
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/expenses`,
      summary: 'Add an expense: amount, what for, who paid, who shares it and how',
      body: createExpenseBody,
      response: expenseSchema,
      status: 201,
      handler: (ctx) => expenses.create(viewerOf(ctx), ctx.body),
    }),
    defineRoute({
      ...oneExpense,
      method: 'GET',
      url: `${base}/expenses/:expenseId`,
      summary: 'One expense',
      response: expenseSchema,
      handler: (ctx) => expenses.get(ctx.membership, ctx.params.expenseId),
    }),
    defineRoute({
      ...oneExpense,
      method: 'PATCH',
      url: `${base}/expenses/:expenseId`,
      summary: 'Change an expense (kept in its history); shares are worked out again',
      body: updateExpenseBody,
      response: expenseSchema,
      errors: ['forbidden'],
      handler: (ctx) => expenses.update(ctx.membership, ctx.params.expenseId, ctx.body),
    }),
    defineRoute({
      ...oneExpense,
      method: 'DELETE',
      url: `${base}/expenses/:expenseId`,
      summary: 'Delete an expense or a settlement (its history stays)',
      response: emptyResponse,
      status: 204,
      errors: ['forbidden'],
      handler: async (ctx) => {
        await expenses.remove(ctx.membership, ctx.params.expenseId);
        return null;
      },
    }),
    defineRoute({
      ...oneExpense,
      method: 'GET',
      url: `${base}/expenses/:expenseId/history`,
      summary: 'Every change to an expense: who, when, and what it was after',
      response: expenseHistory,
      handler: async (ctx) => ({
        items: await expenses.history(ctx.membership, ctx.params.expenseId),
      }),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/balances`,
      summary: 'Who owes whom per currency, and the fewest transfers that settle it',
      response: balancesSchema,
      handler: async (ctx) => {
        await recurring.catchUp(viewerOf(ctx));
        return money.balances(ctx.membership);
      },
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/settlements`,
      summary: 'Record a payment between two members that settles (some of) a balance',
      body: recordSettlementBody,
      response: expenseSchema,
      status: 201,
      handler: (ctx) => expenses.settle(viewerOf(ctx), ctx.body),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/recurring`,
      summary: 'Recurring expenses (rent, subscriptions) and when each comes next',
      response: recurringList,
      handler: async (ctx) => ({ items: await recurring.list(viewerOf(ctx)) }),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/recurring`,
      summary: 'Add a recurring expense: created on each date of its rule',
      body: createRecurringBody,
      response: recurringSchema,
      status: 201,
      handler: (ctx) => recurring.create(viewerOf(ctx), ctx.body),
    }),
    defineRoute({
      access: 'member',
      tag: 'money',
      params: recurringParams,
      method: 'PATCH',
      url: `${base}/recurring/:recurringId`,
      summary: 'Change the amount or description from the next date on, or stop it',
      body: updateRecurringBody,
      response: recurringSchema,
      errors: ['forbidden'],
      handler: (ctx) => recurring.update(viewerOf(ctx), ctx.params.recurringId, ctx.body),
    }),
    defineRoute({
      access: 'member',
      tag: 'money',
      params: recurringParams,
      method: 'DELETE',
      url: `${base}/recurring/:recurringId`,
      summary: 'Remove a recurring expense (the expenses it created stay)',
      response: emptyResponse,
      status: 204,
      errors: ['forbidden'],
      handler: async (ctx) => {
        await recurring.remove(viewerOf(ctx), ctx.params.recurringId);
        return null;
      },
    }),
  ];
}
