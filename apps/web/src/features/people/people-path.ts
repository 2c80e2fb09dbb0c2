import { spacePath } from '../spaces/space-paths';

/** The People page of a space, inside the Time tab. */
export const peoplePath = (spaceId: string) => `${spacePath(spaceId)}/people`;
