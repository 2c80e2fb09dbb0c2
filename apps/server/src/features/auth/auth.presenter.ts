import type { Me, Session } from '@tandem/shared';
import type { AuthContext } from './auth-context';

/** Exactly the fields of a person that leave the server: never the password hash. */
export function presentMe(user: AuthContext['user']): Me {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    timeZone: user.timeZone,
    createdAt: user.createdAt,
  };
}

export function presentSession(
  row: { id: string; created_at: string; last_seen_at: string; user_agent: string | null },
  currentSessionId: string,
): Session {
  return {
    id: row.id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    userAgent: row.user_agent,
    current: row.id === currentSessionId,
  };
}
