import { z } from 'zod';
import { idSchema, instantSchema, listOf, trimmedText } from './common';

export const spaceKinds = ['couple', 'household'] as const;
export type SpaceKind = (typeof spaceKinds)[number];

/** A couple is two people; a household (polycule, family, flatmates) up to eight. */
export const maxMembersByKind: Record<SpaceKind, number> = { couple: 2, household: 8 };

export const memberRoles = ['owner', 'member'] as const;

export const createSpaceBody = z.strictObject({
  name: trimmedText(80).min(1, { message: 'Please give the space a name.' }),
  kind: z.enum(spaceKinds),
});

export const updateSpaceBody = z.strictObject({
  name: trimmedText(80).min(1, { message: 'Please give the space a name.' }),
});

export const spaceSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(spaceKinds),
  createdAt: instantSchema,
  memberCount: z.number().int(),
  maxMembers: z.number().int(),
  myRole: z.enum(memberRoles),
  capabilities: z.object({ canInvite: z.boolean(), canRename: z.boolean(), canLeave: z.boolean() }),
});

export const memberSchema = z.object({
  userId: idSchema,
  displayName: z.string(),
  timeZone: z.string(),
  role: z.enum(memberRoles),
  joinedAt: instantSchema,
  isMe: z.boolean(),
});

export const inviteCreatedSchema = z.object({
  id: idSchema,
  token: z.string().describe('Shown once; only its hash is stored.'),
  url: z.string(),
  expiresAt: instantSchema,
});

export const pendingInviteSchema = z.object({
  id: idSchema,
  createdAt: instantSchema,
  expiresAt: instantSchema,
  createdBy: idSchema,
  canRevoke: z.boolean(),
});

export const invitePreviewSchema = z.object({
  spaceName: z.string(),
  spaceKind: z.enum(spaceKinds),
  invitedBy: z.string(),
  expiresAt: instantSchema,
});

/** Invite tokens are `<invite id>.<secret>`: the id finds the row, the secret is compared in constant time. */
export const inviteTokenSchema = z.string().regex(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);

export const inviteTokenParams = z.strictObject({ token: inviteTokenSchema });
export const inviteParams = z.strictObject({ spaceId: idSchema, inviteId: idSchema });

export const spaceList = listOf(spaceSchema);
export const memberList = listOf(memberSchema);
export const pendingInviteList = listOf(pendingInviteSchema);

export type CreateSpaceBody = z.infer<typeof createSpaceBody>;
export type Space = z.infer<typeof spaceSchema>;
export type Member = z.infer<typeof memberSchema>;
export type InviteCreated = z.infer<typeof inviteCreatedSchema>;
export type PendingInvite = z.infer<typeof pendingInviteSchema>;
export type InvitePreview = z.infer<typeof invitePreviewSchema>;
