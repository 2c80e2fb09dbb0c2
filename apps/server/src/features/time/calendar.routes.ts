import {
  ICS_IMPORT_MAX_BYTES,
  emptyResponse,
  eventBody,
  eventList,
  eventParams,
  eventSchema,
  feedParams,
  feedSchema,
  importIcsBody,
  importIcsSchema,
  spaceParams,
  updateEventBody,
  weekQuery,
  weekSchema,
  wishesBody,
  wishesSchema,
} from '@tandem/shared';
import { z } from 'zod';
import { publicOrigin } from '../../http/public-origin';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { viewerOf } from '../spaces/viewer';

export function calendarRoutes({ calendar, calendarImport, feeds, config }: Services) {
  const base = '/api/v1/spaces/:spaceId/calendar';
  const inSpace = { access: 'member', tag: 'calendar', params: spaceParams } as const;
  const one = { access: 'member', tag: 'calendar', params: eventParams } as const;
  return [
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/events`,
      summary: "The space's events (someone's protected time shows without its title)",
      response: eventList,
      handler: async (ctx) => ({ items: await calendar.list(ctx.membership) }),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/events`,
      summary: 'Add an event: together, solo, social, family or work, and who takes part',
      body: eventBody,
      response: eventSchema,
      status: 201,
      handler: (ctx) => calendar.create(viewerOf(ctx), ctx.body),
    }),
    defineRoute({
      ...one,
      method: 'GET',
      url: `${base}/events/:eventId`,
      summary: 'One event',
      response: eventSchema,
      handler: (ctx) => calendar.get(ctx.membership, ctx.params.eventId),
    }),
    defineRoute({
      ...one,
      method: 'PATCH',
      url: `${base}/events/:eventId`,
      summary: 'Change an event (its author or those taking part; protected time its author)',
      body: updateEventBody,
      response: eventSchema,
      handler: (ctx) => calendar.update(ctx.membership, ctx.params.eventId, ctx.body),
    }),
    defineRoute({
      ...one,
      method: 'DELETE',
      url: `${base}/events/:eventId`,
      summary: 'Remove an event',
      response: emptyResponse,
      status: 204,
      handler: async (ctx) => {
        await calendar.remove(ctx.membership, ctx.params.eventId);
        return null;
      },
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/week`,
      summary: 'A week (mine: Monday to Sunday in my zone), each member’s time against wishes',
      query: weekQuery,
      response: weekSchema,
      handler: (ctx) => calendar.week(viewerOf(ctx), ctx.query.date),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/wishes`,
      summary: 'The weekly balance each member wishes for',
      response: wishesSchema,
      handler: async (ctx) => ({ items: await calendar.wishes(ctx.membership) }),
    }),
    defineRoute({
      ...inSpace,
      method: 'PUT',
      url: `${base}/wishes`,
      summary: 'The weekly balance I wish for: minutes a week per kind',
      body: wishesBody,
      response: wishesSchema,
      handler: async (ctx) => ({
        items: await calendar.saveWishes(ctx.membership, ctx.body.minutes),
      }),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/import`,
      summary: 'Import an .ics file so its plans count (again: updates, never doubles)',
      body: importIcsBody,
      // The file travels as a JSON string: a little more than the file itself.
      bodyLimit: Math.ceil(ICS_IMPORT_MAX_BYTES * 1.2),
      response: importIcsSchema,
      handler: (ctx) => calendarImport.importIcs(viewerOf(ctx), ctx.body),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/feed`,
      summary: 'Whether I have a calendar feed (its address is shown only when made)',
      response: feedSchema,
      handler: (ctx) => feeds.status(ctx.membership),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/feed`,
      summary: 'Make a new secret feed address (the old one stops working)',
      response: feedSchema,
      status: 201,
      handler: (ctx) => feeds.create(ctx.membership, publicOrigin(ctx.request, config.publicUrl)),
    }),
    defineRoute({
      ...inSpace,
      method: 'DELETE',
      url: `${base}/feed`,
      summary: 'Stop my calendar feed',
      response: emptyResponse,
      status: 204,
      handler: async (ctx) => {
        await feeds.revoke(ctx.membership);
        return null;
      },
    }),
    defineRoute({
      access: 'public',
      tag: 'calendar',
      method: 'GET',
      url: '/api/v1/calendar-feeds/:token/tandem.ics',
      summary: 'A member’s calendar feed (RFC 5545), for calendar apps to subscribe to',
      params: feedParams,
      response: z.string(),
      file: { contentType: 'text/calendar; charset=utf-8', filename: 'tandem.ics' },
      handler: (ctx) => feeds.calendar(ctx.params.token),
    }),
  ];
}
