import {
  appreciationSchema,
  appreciationsSchema,
  careBody,
  careSchema,
  markReadBody,
  notificationSettingsBody,
  notificationSettingsSchema,
  notificationsSchema,
  sendAppreciationBody,
  spaceParams,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';

/** Appreciation, how each likes to receive care, and each member's inbox. */
export function appreciationsRoutes({ appreciations, notifications }: Services) {
  const base = '/api/v1/spaces/:spaceId';
  const inSpace = { access: 'member', tag: 'connection', params: spaceParams } as const;
  return [
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/appreciations`,
      summary: 'Send an appreciation note: now, or at a chosen time (it arrives then)',
      body: sendAppreciationBody,
      response: appreciationSchema,
      status: 201,
      handler: (ctx) => appreciations.send(ctx.membership, ctx.body),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/appreciations`,
      summary: 'Appreciations I received (once arrived) and gave',
      response: appreciationsSchema,
      handler: (ctx) => appreciations.list(ctx.membership),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/care`,
      summary: 'How each member most likes to receive care',
      response: careSchema,
      handler: async (ctx) => ({ items: await appreciations.care(ctx.membership) }),
    }),
    defineRoute({
      ...inSpace,
      method: 'PUT',
      url: `${base}/care`,
      summary: 'Say how I most like to receive care (words, time, help, touch, gifts)',
      body: careBody,
      response: careSchema,
      handler: async (ctx) => ({ items: await appreciations.saveCare(ctx.membership, ctx.body) }),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/notifications`,
      summary: 'My inbox in this space, newest first, with the unread count',
      response: notificationsSchema,
      handler: (ctx) => notifications.inbox(ctx.membership),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/notifications/read`,
      summary: 'Mark some, or all, of my notifications read',
      body: markReadBody,
      response: notificationsSchema,
      handler: (ctx) =>
        notifications.markRead(ctx.membership, 'all' in ctx.body ? 'all' : ctx.body.ids),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/notifications/settings`,
      summary: 'Which notifications I want, and my quiet hours',
      response: notificationSettingsSchema,
      handler: (ctx) => notifications.settings(ctx.membership),
    }),
    defineRoute({
      ...inSpace,
      method: 'PUT',
      url: `${base}/notifications/settings`,
      summary: 'Mute kinds of notifications, set quiet hours (in my own time zone)',
      body: notificationSettingsBody,
      response: notificationSettingsSchema,
      handler: (ctx) => notifications.saveSettings(ctx.membership, ctx.body),
    }),
  ];
}
