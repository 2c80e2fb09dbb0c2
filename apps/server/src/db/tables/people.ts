/** People around us and professional support (0010). */

/** Someone who matters to a member (`owner_id`) or to all of us (null). */
export interface PeopleTable {
  id: string;
  space_id: string;
  owner_id: string | null;
  added_by: string | null;
  name: string;
  relation: string;
  /** How often we would like to be in touch, in days; null for no wish. */
  every_days: number | null;
  note: string;
  /** 1: the owner's alone (only a member's own person can be). */
  private: number;
  /** The day it was added, in the adder's zone. */
  added_on: string;
  /** The latest day a contact was logged for; kept with the row. */
  last_contact_on: string | null;
  /** The first day that is longer than wished; null without a wish or when archived. */
  remind_on: string | null;
  /** The start of the overdue stretch already reminded of. */
  reminded_since: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A contact or meet-up with a person, on a day in the logger's zone. */
export interface PersonContactsTable {
  id: string;
  space_id: string;
  person_id: string;
  kind: string;
  date: string;
  note: string;
  logged_by: string;
  created_at: string;
}

/** Who of us was there. */
export interface PersonContactMembersTable {
  contact_id: string;
  space_id: string;
  user_id: string;
}

/** A counsellor, therapist or other professional: the space's, or one member's alone. */
export interface SupportContactsTable {
  id: string;
  space_id: string;
  owner_id: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  website: string;
  note: string;
  visibility: string;
  created_at: string;
  updated_at: string;
}

/** Notes from a session: the author's alone, or shared with the space. */
export interface SupportNotesTable {
  id: string;
  space_id: string;
  author_id: string;
  support_id: string | null;
  date: string;
  text: string;
  visibility: string;
  created_at: string;
  updated_at: string;
}
