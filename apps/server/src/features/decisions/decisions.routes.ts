import {
  addOptionBody,
  ballotBody,
  choiceBody,
  decisionList,
  decisionLogSchema,
  decisionParams,
  decisionSchema,
  decisionSettingsBody,
  decisionSettingsSchema,
  emptyResponse,
  followThroughBody,
  openDecisionBody,
  reviewBody,
  spaceParams,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { viewerOf } from '../spaces/viewer';

export function decisionsRoutes({ decisions }: Services) {
  const base = '/api/v1/spaces/:spaceId/decisions';
  const inSpace = { access: 'member', tag: 'decisions', params: spaceParams } as const;
  const one = { access: 'member', tag: 'decisions', params: decisionParams } as const;
  return [
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: base,
      summary: 'Decisions in this space, newest first; scores sealed until everyone has scored',
      response: decisionList,
      handler: async (ctx) => ({ items: await decisions.list(ctx.membership) }),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: base,
      summary: 'Open a decision: the question, its options, a deadline',
      body: openDecisionBody,
      response: decisionSchema,
      status: 201,
      handler: (ctx) => decisions.open(viewerOf(ctx), ctx.body),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/settings`,
      summary: 'Dealbreakers each member may use a month, and how many I have used',
      response: decisionSettingsSchema,
      handler: (ctx) => decisions.settings(viewerOf(ctx)),
    }),
    defineRoute({
      ...inSpace,
      method: 'PUT',
      url: `${base}/settings`,
      summary: 'Change how many dealbreakers each member may use a month',
      body: decisionSettingsBody,
      response: decisionSettingsSchema,
      handler: (ctx) => decisions.saveSettings(viewerOf(ctx), ctx.body.vetoesPerMonth),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/log`,
      summary: 'Past decisions and how far each member gave way in each',
      response: decisionLogSchema,
      handler: (ctx) => decisions.log(ctx.membership),
    }),
    defineRoute({
      ...one,
      method: 'GET',
      url: `${base}/:decisionId`,
      summary: 'One decision as I may see it',
      response: decisionSchema,
      handler: (ctx) => decisions.get(ctx.membership, ctx.params.decisionId),
    }),
    defineRoute({
      ...one,
      method: 'DELETE',
      url: `${base}/:decisionId`,
      summary: 'Withdraw a decision I opened, while it is still being scored',
      response: emptyResponse,
      status: 204,
      handler: async (ctx) => {
        await decisions.remove(ctx.membership, ctx.params.decisionId);
        return null;
      },
    }),
    defineRoute({
      ...one,
      method: 'POST',
      url: `${base}/:decisionId/options`,
      summary: 'Add an option while scoring is open',
      body: addOptionBody,
      response: decisionSchema,
      errors: ['scoring_closed'],
      handler: (ctx) => decisions.addOption(ctx.membership, ctx.params.decisionId, ctx.body),
    }),
    defineRoute({
      ...one,
      method: 'PUT',
      url: `${base}/:decisionId/ballot`,
      summary: 'My scores, dealbreakers and options I could live with (sealed until all scored)',
      body: ballotBody,
      response: decisionSchema,
      errors: ['scoring_closed', 'veto_limit'],
      handler: (ctx) => decisions.saveBallot(viewerOf(ctx), ctx.params.decisionId, ctx.body),
    }),
    defineRoute({
      ...one,
      method: 'PUT',
      url: `${base}/:decisionId/choice`,
      summary: 'Record what we chose, why, and when to look at it again',
      body: choiceBody,
      response: decisionSchema,
      errors: ['not_revealed', 'already_decided'],
      handler: (ctx) => decisions.decide(viewerOf(ctx), ctx.params.decisionId, ctx.body),
    }),
    defineRoute({
      ...one,
      method: 'POST',
      url: `${base}/:decisionId/follow-through`,
      summary: 'Carry the choice into chores (a responsibility) or money (a split rule)',
      body: followThroughBody,
      response: decisionSchema,
      errors: ['not_agreed', 'already_linked'],
      handler: (ctx) =>
        decisions.followThroughChoice(viewerOf(ctx), ctx.params.decisionId, ctx.body),
    }),
    defineRoute({
      ...one,
      method: 'PUT',
      url: `${base}/:decisionId/review`,
      summary: '"Still the right call?" — my answer',
      body: reviewBody,
      response: decisionSchema,
      errors: ['not_agreed'],
      handler: (ctx) => decisions.review(ctx.membership, ctx.params.decisionId, ctx.body),
    }),
  ];
}
