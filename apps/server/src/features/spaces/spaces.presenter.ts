import { maxMembersByKind, type Member, type Space } from '@tandem/shared';
import { spaceCapabilities } from './spaces.policy';
import type { SpaceRow } from './spaces.repository';

export function presentSpace(row: SpaceRow): Space {
  const memberCount = Number(row.member_count);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    createdAt: row.created_at,
    memberCount,
    maxMembers: maxMembersByKind[row.kind],
    myRole: row.role,
    capabilities: spaceCapabilities({ kind: row.kind, memberCount }),
  };
}

export function presentMember(row: Omit<Member, 'isMe'>, viewerId: string): Member {
  return { ...row, isMe: row.userId === viewerId };
}
