import { maxMembersByKind, type SpaceKind } from '@tandem/shared';
import type { Membership } from './spaces.repository';

/**
 * What a member may do with their space. Partners are equals: every member may invite, rename
 * and leave; the owner role only records who made the space.
 */
export function spaceCapabilities(
  _membership: Pick<Membership, 'role'>,
  space: { kind: SpaceKind; memberCount: number },
) {
  return {
    canInvite: space.memberCount < maxMembersByKind[space.kind],
    canRename: true,
    canLeave: true,
  };
}

export function hasRoomFor(kind: SpaceKind, memberCount: number, joining = 1): boolean {
  return memberCount + joining <= maxMembersByKind[kind];
}
