/** Accounts, sessions, spaces, members, invites and check-ins (migration 0001). */

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  time_zone: string;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface SpacesTable {
  id: string;
  name: string;
  kind: 'couple' | 'household';
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface SpaceMembersTable {
  space_id: string;
  user_id: string;
  role: 'owner' | 'member';
  joined_at: string;
}

export interface InvitesTable {
  id: string;
  space_id: string;
  secret_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

export interface CheckinsTable {
  id: string;
  space_id: string;
  author_id: string;
  date: string;
  mood: number;
  energy: number | null;
  need: string | null;
  appreciation: string | null;
  visibility: 'shared' | 'private';
  /** When the author chose to show it before everyone had checked in. */
  revealed_at: string | null;
  /** When everyone had shared a check-in for its day: from then on it stays revealed and final. */
  unsealed_at: string | null;
  created_at: string;
  updated_at: string;
}
