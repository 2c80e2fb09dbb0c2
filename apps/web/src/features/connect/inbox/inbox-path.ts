/** My inbox in a space. */
export const inboxPath = (spaceId: string) => `/s/${encodeURIComponent(spaceId)}/inbox`;
