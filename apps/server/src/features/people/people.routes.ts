import {
  contactBody,
  contactList,
  emptyResponse,
  peopleSchema,
  personBody,
  personContactParams,
  personParams,
  personSchema,
  spaceParams,
  updatePersonBody,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { viewerOf } from '../spaces/viewer';
import { supportRoutes } from './support.routes';

export function peopleRoutes(services: Services) {
  const { people } = services;
  const base = '/api/v1/spaces/:spaceId/people';
  const inSpace = { access: 'member', tag: 'people', params: spaceParams } as const;
  const onePerson = { access: 'member', tag: 'people', params: personParams } as const;
  return [
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: base,
      summary:
        'The people around us — mine, the others’ and ours (never someone else’s private person) — with how long it has been, and the insight on seeing friends together',
      response: peopleSchema,
      handler: (ctx) => people.list(viewerOf(ctx)),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: base,
      summary: 'Add someone who matters: to me, to another member, or to all of us',
      body: personBody,
      response: personSchema,
      status: 201,
      handler: (ctx) => people.create(viewerOf(ctx), ctx.body),
    }),
    defineRoute({
      ...onePerson,
      method: 'GET',
      url: `${base}/:personId`,
      summary: 'One person',
      response: personSchema,
      handler: (ctx) => people.get(viewerOf(ctx), ctx.params.personId),
    }),
    defineRoute({
      ...onePerson,
      method: 'PATCH',
      url: `${base}/:personId`,
      summary: 'Change a person: their details, whose they are, the wish, the archive',
      body: updatePersonBody,
      response: personSchema,
      errors: ['forbidden'],
      handler: (ctx) => people.update(viewerOf(ctx), ctx.params.personId, ctx.body),
    }),
    defineRoute({
      ...onePerson,
      method: 'DELETE',
      url: `${base}/:personId`,
      summary: 'Remove a person and what was logged with them',
      response: emptyResponse,
      status: 204,
      errors: ['forbidden'],
      handler: async (ctx) => {
        await people.remove(viewerOf(ctx), ctx.params.personId);
        return null;
      },
    }),
    defineRoute({
      ...onePerson,
      method: 'GET',
      url: `${base}/:personId/contacts`,
      summary: 'The contacts and meet-ups logged with a person, newest first',
      response: contactList,
      handler: async (ctx) => ({
        items: await people.contacts(viewerOf(ctx), ctx.params.personId),
      }),
    }),
    defineRoute({
      ...onePerson,
      method: 'POST',
      url: `${base}/:personId/contacts`,
      summary: 'Log a meet-up, call or message; a new contact begins a new stretch',
      body: contactBody,
      response: personSchema,
      status: 201,
      errors: ['person_archived'],
      handler: (ctx) => people.logContact(viewerOf(ctx), ctx.params.personId, ctx.body),
    }),
    defineRoute({
      access: 'member',
      tag: 'people',
      params: personContactParams,
      method: 'DELETE',
      url: `${base}/:personId/contacts/:contactId`,
      summary: 'Take back a logged contact',
      response: emptyResponse,
      status: 204,
      errors: ['forbidden'],
      handler: async (ctx) => {
        await people.deleteContact(viewerOf(ctx), ctx.params.personId, ctx.params.contactId);
        return null;
      },
    }),
    ...supportRoutes(services),
  ];
}
