import { describe, expect, it } from 'vitest';
import type { InviteCreated, PendingInvite } from '@tandem/shared';
import { stillPendingLink } from './pending-link';

const created: InviteCreated = {
  id: 'i1',
  token: 'i1.secret',
  url: 'https://us.example/invite/i1.secret',
  expiresAt: '2025-03-08T00:00:00.000Z',
};
const pending = (id: string): PendingInvite => ({
  id,
  createdAt: '2025-03-01T00:00:00.000Z',
  expiresAt: '2025-03-08T00:00:00.000Z',
  createdBy: 'me',
  canRevoke: true,
});

describe('stillPendingLink', () => {
  it('offers the new link while it is pending', () => {
    expect(stillPendingLink(created, [pending('i0'), pending('i1')])).toBe(created);
  });

  it('withdraws it once revoked or accepted, or before the list is known', () => {
    expect(stillPendingLink(created, [pending('i0')])).toBeUndefined();
    expect(stillPendingLink(created, [])).toBeUndefined();
    expect(stillPendingLink(created, undefined)).toBeUndefined();
    expect(stillPendingLink(undefined, [pending('i1')])).toBeUndefined();
  });
});
