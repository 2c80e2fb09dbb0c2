import {
  keptSummariesSchema,
  liveSessionList,
  liveSessionParams,
  liveSessionSchema,
  moveBody,
  spaceParams,
  startLiveSessionBody,
  summaryBody,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';

export function sessionsRoutes({ sessions }: Services) {
  const base = '/api/v1/spaces/:spaceId/sessions';
  const one = { access: 'member', tag: 'connection', params: liveSessionParams } as const;
  return [
    defineRoute({
      method: 'POST',
      url: base,
      access: 'member',
      tag: 'connection',
      summary: 'Start a live speaker–listener conversation on a topic; the partner is invited',
      params: spaceParams,
      body: startLiveSessionBody,
      response: liveSessionSchema,
      status: 201,
      handler: (ctx) => sessions.start(ctx.membership, ctx.body.topic, ctx.body.partnerId),
    }),
    defineRoute({
      method: 'GET',
      url: base,
      access: 'member',
      tag: 'connection',
      summary: 'My recent live conversations (only their two people ever see one)',
      params: spaceParams,
      response: liveSessionList,
      handler: async (ctx) => ({ items: await sessions.list(ctx.membership) }),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/summaries`,
      access: 'member',
      tag: 'connection',
      summary: 'What members kept of their conversations, shared with the whole space',
      params: spaceParams,
      response: keptSummariesSchema,
      handler: async (ctx) => ({ items: await sessions.keptSummaries(ctx.membership) }),
    }),
    defineRoute({
      ...one,
      method: 'GET',
      url: `${base}/:sessionId`,
      summary: 'A live conversation as it stands, with the moves I may make now',
      response: liveSessionSchema,
      handler: (ctx) => sessions.get(ctx.membership, ctx.params.sessionId),
    }),
    defineRoute({
      ...one,
      method: 'POST',
      url: `${base}/:sessionId/moves`,
      summary: 'Make a move: join, speak, paraphrase, confirm or correct, pass the floor, pause…',
      body: moveBody,
      response: liveSessionSchema,
      errors: ['out_of_turn'],
      handler: (ctx) => sessions.move(ctx.membership, ctx.params.sessionId, ctx.body),
    }),
    defineRoute({
      ...one,
      method: 'PUT',
      url: `${base}/:sessionId/summary`,
      summary: 'Keep a summary of an ended conversation, shared with the space',
      body: summaryBody,
      response: liveSessionSchema,
      errors: ['out_of_turn'],
      handler: (ctx) => sessions.saveSummary(ctx.membership, ctx.params.sessionId, ctx.body.text),
    }),
    defineRoute({
      ...one,
      method: 'DELETE',
      url: `${base}/:sessionId/summary`,
      summary: 'Discard my summary',
      response: liveSessionSchema,
      handler: (ctx) => sessions.discardSummary(ctx.membership, ctx.params.sessionId),
    }),
  ];
}
