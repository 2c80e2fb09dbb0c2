import { maxMembersByKind, type SpaceKind } from '@tandem/shared';
import { invalidField } from '../../http/app-error';
import type { Membership } from './spaces.repository';

/**
 * What a member may do with their space. Partners are equals: every member may invite (while
 * there is room), rename and leave; the owner role only records who made the space.
 */
export function spaceCapabilities(space: { kind: SpaceKind; memberCount: number }) {
  return {
    canInvite: hasRoomFor(space.kind, space.memberCount),
    canRename: true,
    canLeave: true,
  };
}

export function hasRoomFor(kind: SpaceKind, memberCount: number, joining = 1): boolean {
  return memberCount + joining <= maxMembersByKind[kind];
}

/** A person named in a request (an owner, who did a chore) must be in the space now. */
export function requireCurrentMember(membership: Membership, userId: string, field: string): void {
  if (!membership.memberIds.includes(userId)) {
    throw invalidField(field, 'Must be a member of this space.');
  }
}
