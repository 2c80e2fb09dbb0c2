import type { Member } from '@tandem/shared';

/** What every part of the Time page needs to know about who is looking, and where. */
export interface TimeContext {
  spaceId: string;
  myId: string;
  /** Mine, as this browser knows it: every day and time on the page is in it. */
  timeZone: string;
  today: string;
  members: readonly Member[];
}
