import {
  emptyResponse,
  spaceParams,
  supportContactBody,
  supportContactParams,
  supportContactSchema,
  supportNoteBody,
  supportNoteParams,
  supportNoteSchema,
  supportSchema,
  updateSupportContactBody,
  updateSupportNoteBody,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { viewerOf } from '../spaces/viewer';

export function supportRoutes({ support }: Services) {
  const base = '/api/v1/spaces/:spaceId/support';
  const inSpace = { access: 'member', tag: 'people', params: spaceParams } as const;
  const oneContact = { access: 'member', tag: 'people', params: supportContactParams } as const;
  const oneNote = { access: 'member', tag: 'people', params: supportNoteParams } as const;
  return [
    defineRoute({
      ...inSpace,
      method: 'GET',
      url: base,
      summary: 'Professional support: my contacts and notes, and the others’ shared ones',
      response: supportSchema,
      handler: (ctx) => support.view(ctx.membership),
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/contacts`,
      summary: 'A counsellor’s or therapist’s details, for the space or for me alone',
      body: supportContactBody,
      response: supportContactSchema,
      status: 201,
      handler: (ctx) => support.createContact(ctx.membership, ctx.body),
    }),
    defineRoute({
      ...oneContact,
      method: 'PATCH',
      url: `${base}/contacts/:supportId`,
      summary: 'Change a support contact I added',
      body: updateSupportContactBody,
      response: supportContactSchema,
      errors: ['forbidden'],
      handler: (ctx) => support.updateContact(ctx.membership, ctx.params.supportId, ctx.body),
    }),
    defineRoute({
      ...oneContact,
      method: 'DELETE',
      url: `${base}/contacts/:supportId`,
      summary: 'Remove a support contact I added',
      response: emptyResponse,
      status: 204,
      errors: ['forbidden'],
      handler: async (ctx) => {
        await support.removeContact(ctx.membership, ctx.params.supportId);
        return null;
      },
    }),
    defineRoute({
      ...inSpace,
      method: 'POST',
      url: `${base}/notes`,
      summary: 'Notes from a session, kept to myself or shared with the space',
      body: supportNoteBody,
      response: supportNoteSchema,
      status: 201,
      handler: (ctx) => support.createNote(viewerOf(ctx), ctx.body),
    }),
    defineRoute({
      ...oneNote,
      method: 'PATCH',
      url: `${base}/notes/:noteId`,
      summary: 'Change my session note',
      body: updateSupportNoteBody,
      response: supportNoteSchema,
      errors: ['forbidden'],
      handler: (ctx) => support.updateNote(ctx.membership, ctx.params.noteId, ctx.body),
    }),
    defineRoute({
      ...oneNote,
      method: 'DELETE',
      url: `${base}/notes/:noteId`,
      summary: 'Remove my session note',
      response: emptyResponse,
      status: 204,
      errors: ['forbidden'],
      handler: async (ctx) => {
        await support.removeNote(ctx.membership, ctx.params.noteId);
        return null;
      },
    }),
  ];
}
