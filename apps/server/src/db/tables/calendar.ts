/** The calendar, wished balances and feeds (0007). */

/** An event on the space's calendar, at wall-clock times in its own zone. */
export interface CalendarEventsTable {
  id: string;
  space_id: string;
  title: string;
  description: string;
  kind: string;
  all_day: number;
  /** YYYY-MM-DDTHH:MM, or YYYY-MM-DD for an all-day event. */
  start_local: string;
  end_local: string;
  time_zone: string;
  rrule: string | null;
  /** JSON array of excluded starts. */
  exdates: string;
  protected: number;
  created_by: string;
  import_uid: string | null;
  /** The date this event stands for while it goes ahead; it follows the date, set in Dates. */
  date_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface CalendarEventParticipantsTable {
  event_id: string;
  space_id: string;
  user_id: string;
}

export interface BalanceWishesTable {
  space_id: string;
  user_id: string;
  /** JSON: minutes a week per kind. */
  minutes: string;
  updated_at: string;
}

export interface CalendarFeedsTable {
  space_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
}
