import type { Member } from '@tandem/shared';

/** Who is looking, on which clock, and who else is in the space: what every part needs. */
export interface MeetingViewer {
  myId: string;
  timeZone: string;
  members: readonly Member[];
}
