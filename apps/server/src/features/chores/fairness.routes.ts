import {
  fairnessQuery,
  fairnessSchema,
  reviewSchema,
  reviewSettingsBody,
  spaceParams,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { viewerOf } from '../spaces/viewer';

export function fairnessRoutes({ fairness }: Services) {
  const base = '/api/v1/spaces/:spaceId/chores';
  const common = { access: 'member', tag: 'chores', params: spaceParams } as const;
  return [
    defineRoute({
      ...common,
      method: 'GET',
      url: `${base}/fairness`,
      summary:
        'Planned against done against fair share, per member, by week, month or quarter (minutes)',
      query: fairnessQuery,
      response: fairnessSchema,
      errors: ['availability_missing'],
      handler: (ctx) => fairness.overTime(viewerOf(ctx), ctx.query.period, ctx.query.count),
    }),
    defineRoute({
      ...common,
      method: 'GET',
      url: `${base}/review`,
      summary: 'Whether a review of the shares is due, with what the log suggests and a proposal',
      response: reviewSchema,
      handler: (ctx) => fairness.review(viewerOf(ctx)),
    }),
    defineRoute({
      ...common,
      method: 'PUT',
      url: `${base}/review`,
      summary: 'How often to suggest a review, in months (0: never)',
      body: reviewSettingsBody,
      response: reviewSchema,
      handler: (ctx) => fairness.setReviewEvery(viewerOf(ctx), ctx.body.everyMonths),
    }),
    defineRoute({
      ...common,
      method: 'POST',
      url: `${base}/review/accept`,
      summary: "Take the review's proposal, with the minutes the log says things take",
      response: reviewSchema,
      errors: ['availability_missing'],
      handler: (ctx) => fairness.acceptReview(viewerOf(ctx)),
    }),
    defineRoute({
      ...common,
      method: 'POST',
      url: `${base}/review/keep`,
      summary: 'Keep the shares as they are until the next review',
      response: reviewSchema,
      handler: (ctx) => fairness.keepShares(viewerOf(ctx)),
    }),
  ];
}
