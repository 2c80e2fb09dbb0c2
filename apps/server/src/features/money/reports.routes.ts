import {
  exportSchema,
  IMPORT_MAX_BYTES,
  importBody,
  importPreviewSchema,
  importResultSchema,
  insightsQuery,
  insightsSchema,
  spaceParams,
} from '@tandem/shared';
import { z } from 'zod';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { viewerOf } from '../spaces/viewer';

/** The ledger in and out of files, and where the money goes. */
export function reportsRoutes({ imports, reports, recurring }: Services) {
  const base = '/api/v1/spaces/:spaceId/money';
  const inSpace = { access: 'member', tag: 'money', params: spaceParams } as const;
  // The file travels as a JSON string: a little more than the file itself.
  const importLimit = Math.ceil(IMPORT_MAX_BYTES * 1.2);
  return [
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/import/preview`,
      summary: "Read a bank's or Splitwise's CSV export: the layout found, each row, duplicates",
      body: importBody,
      bodyLimit: importLimit,
      response: importPreviewSchema,
      handler: (ctx) => imports.preview(viewerOf(ctx), ctx.body),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/import`,
      summary: 'Import the chosen rows, all or nothing (a wrong row names its line)',
      body: importBody,
      bodyLimit: importLimit,
      response: importResultSchema,
      status: 201,
      handler: (ctx) => imports.import(viewerOf(ctx), ctx.body),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/export.json`,
      summary: 'The ledger as I may see it, as JSON',
      response: exportSchema,
      file: { contentType: 'application/json; charset=utf-8', filename: 'tandem-ledger.json' },
      handler: (ctx) => reports.exportJson(ctx.membership),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/export.csv`,
      summary: 'The ledger as I may see it, as CSV',
      response: z.string(),
      file: { contentType: 'text/csv; charset=utf-8', filename: 'tandem-ledger.csv' },
      handler: (ctx) => reports.exportCsv(ctx.membership),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/insights`,
      summary: "Spending by category per month; each one's part of shared costs and of income",
      query: insightsQuery,
      response: insightsSchema,
      handler: async (ctx) => {
        await recurring.catchUp(viewerOf(ctx));
        return reports.insights(viewerOf(ctx), ctx.query.months);
      },
    }),
  ];
}
