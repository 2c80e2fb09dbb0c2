import {
  actionItemParams,
  actionItemSchema,
  addActionBody,
  agendaTopicBody,
  agendaTopicList,
  agendaTopicParams,
  agendaTopicSchema,
  emptyResponse,
  meetingList,
  meetingParams,
  meetingSchema,
  meetingSettingsBody,
  meetingSettingsSchema,
  spaceParams,
  updateActionBody,
  updateMeetingBody,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { viewerOf } from '../spaces/viewer';

export function meetingsRoutes({ meetings }: Services) {
  const base = '/api/v1/spaces/:spaceId/meeting';
  const inSpace = { access: 'member', tag: 'connection', params: spaceParams } as const;
  const oneMeeting = { access: 'member', tag: 'connection', params: meetingParams } as const;
  return [
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/settings`,
      summary: 'When the weekly meeting is, and when it next comes round',
      response: meetingSettingsSchema,
      handler: (ctx) => meetings.settings(ctx.membership),
    }),
    defineRoute({
      ...inSpace,
      method: 'PUT',
      url: `${base}/settings`,
      summary: 'Pick the weekly meeting time (a weekday and a time in my time zone)',
      body: meetingSettingsBody,
      response: meetingSettingsSchema,
      handler: (ctx) => meetings.saveSettings(viewerOf(ctx), ctx.body.weekday, ctx.body.time),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}/agenda`,
      summary: 'Topics added for the next meeting',
      response: agendaTopicList,
      handler: async (ctx) => ({ items: await meetings.agenda(ctx.membership) }),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/agenda`,
      summary: 'Add a topic for the next meeting',
      body: agendaTopicBody,
      response: agendaTopicSchema,
      status: 201,
      handler: (ctx) => meetings.addTopic(ctx.membership, ctx.body.text),
    }),
    defineRoute({
      access: 'member',
      tag: 'connection',
      params: agendaTopicParams,
      method: 'DELETE',
      url: `${base}/agenda/:topicId`,
      summary: 'Take a topic off the agenda (before a meeting has taken it up)',
      response: emptyResponse,
      status: 204,
      handler: async (ctx) => {
        await meetings.removeTopic(ctx.membership, ctx.params.topicId);
        return null;
      },
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}s`,
      summary: "Start this week's meeting (or return the one under way); it takes up the agenda",
      response: meetingSchema,
      handler: (ctx) => meetings.start(ctx.membership),
    }),
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: `${base}s`,
      summary: 'Past and current meetings, newest first',
      response: meetingList,
      handler: async (ctx) => ({ items: await meetings.list(ctx.membership) }),
    }),
    defineRoute({
      ...oneMeeting,
      method: 'GET',
      url: `${base}s/:meetingId`,
      summary: 'One meeting: its notes, topics, agreed actions and those carried over',
      response: meetingSchema,
      handler: (ctx) => meetings.get(ctx.membership, ctx.params.meetingId),
    }),
    defineRoute({
      ...oneMeeting,
      method: 'PATCH',
      url: `${base}s/:meetingId`,
      summary: 'Move through the steps and write the notes (my appreciation and need are mine)',
      body: updateMeetingBody,
      response: meetingSchema,
      errors: ['forbidden'],
      handler: (ctx) => meetings.update(ctx.membership, ctx.params.meetingId, ctx.body),
    }),
    defineRoute({
      ...oneMeeting,
      method: 'POST',
      url: `${base}s/:meetingId/end`,
      summary: 'End the meeting: its notes are kept, open actions carry over',
      response: meetingSchema,
      handler: (ctx) => meetings.end(ctx.membership, ctx.params.meetingId),
    }),
    defineRoute({
      ...oneMeeting,
      method: 'POST',
      url: `${base}s/:meetingId/actions`,
      summary: 'Agree an action: what, who, by when',
      body: addActionBody,
      response: meetingSchema,
      status: 201,
      errors: ['forbidden'],
      handler: (ctx) => meetings.addAction(ctx.membership, ctx.params.meetingId, ctx.body),
    }),
    defineRoute({
      access: 'member',
      tag: 'connection',
      params: actionItemParams,
      method: 'PATCH',
      url: `${base}/actions/:actionId`,
      summary: 'Mark an action done (or not)',
      body: updateActionBody,
      response: actionItemSchema,
      handler: (ctx) => meetings.setActionDone(ctx.membership, ctx.params.actionId, ctx.body.done),
    }),
  ];
}
