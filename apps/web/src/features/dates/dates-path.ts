import { spacePath } from '../spaces/space-paths';

/** The Dates page of a space, inside the Time tab. */
export const datesPath = (spaceId: string) => `${spacePath(spaceId)}/dates`;

/** One date's page: where its notifications lead. */
export const datePath = (spaceId: string, dateId: string) =>
  `${datesPath(spaceId)}/${encodeURIComponent(dateId)}`;
