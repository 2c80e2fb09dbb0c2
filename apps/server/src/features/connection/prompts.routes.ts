import {
  answerBody,
  askPromptBody,
  emptyResponse,
  favouriteBody,
  ownPromptBody,
  ownPromptList,
  ownPromptParams,
  ownPromptSchema,
  promptDecksSchema,
  promptRoundList,
  promptRoundParams,
  promptRoundSchema,
  spaceParams,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';

export function promptsRoutes({ prompts }: Services) {
  const base = '/api/v1/spaces/:spaceId/prompts';
  const inSpace = { access: 'member', tag: 'connection', params: spaceParams } as const;
  const oneRound = { access: 'member', tag: 'connection', params: promptRoundParams } as const;
  return [
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/decks`,
      summary: 'The prompt decks, with how many of each this space has had',
      response: promptDecksSchema,
      handler: async (ctx) => ({ items: await prompts.decks(ctx.membership) }),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/rounds`,
      summary: "A deck's open prompt, or its next one (none repeats until the deck is used up)",
      body: askPromptBody,
      response: promptRoundSchema,
      handler: (ctx) => prompts.ask(ctx.membership, ctx.body.deck),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/rounds`,
      summary: 'Prompts asked in this space, newest first; answers sealed until all have answered',
      response: promptRoundList,
      handler: async (ctx) => ({ items: await prompts.list(ctx.membership) }),
    }),
    defineRoute({
      ...oneRound,
      method: 'GET',
      url: `${base}/rounds/:roundId`,
      summary: 'One prompt and its answers as I may see them',
      response: promptRoundSchema,
      handler: (ctx) => prompts.get(ctx.membership, ctx.params.roundId),
    }),
    defineRoute({
      ...oneRound,
      method: 'PUT',
      url: `${base}/rounds/:roundId/answer`,
      summary: 'My answer; it can change until everyone has answered, then it is final',
      body: answerBody,
      response: promptRoundSchema,
      errors: ['answer_final'],
      handler: (ctx) => prompts.answer(ctx.membership, ctx.params.roundId, ctx.body.text),
    }),
    defineRoute({
      ...oneRound,
      method: 'PUT',
      url: `${base}/rounds/:roundId/favourite`,
      summary: 'Keep a prompt to come back to later (mine only)',
      body: favouriteBody,
      response: promptRoundSchema,
      handler: (ctx) => prompts.favourite(ctx.membership, ctx.params.roundId, ctx.body.favourite),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/own`,
      summary: 'Prompts this space wrote for itself',
      response: ownPromptList,
      handler: async (ctx) => ({ items: await prompts.ownPrompts(ctx.membership) }),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/own`,
      summary: 'Write a prompt of our own (asked after the deck’s)',
      body: ownPromptBody,
      response: ownPromptSchema,
      status: 201,
      handler: (ctx) => prompts.addOwnPrompt(ctx.membership, ctx.body),
    }),
    defineRoute({
      access: 'member',
      tag: 'connection',
      params: ownPromptParams,
      method: 'DELETE',
      url: `${base}/own/:promptId`,
      summary: 'Remove a prompt of our own',
      response: emptyResponse,
      status: 204,
      handler: async (ctx) => {
        await prompts.removeOwnPrompt(ctx.membership, ctx.params.promptId);
        return null;
      },
    }),
  ];
}
