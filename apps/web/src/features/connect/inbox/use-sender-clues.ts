import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/api/query-keys';
import { useMembers } from '../../spaces/use-spaces';
import { fetchAppreciations } from '../appreciate/appreciate-api';
import { fetchTalkSessions } from '../talk/talk-api';
import type { InboxItem } from './inbox-api';
import type { SenderClues } from './notification-words';

/**
 * What it takes to name who sent each notification: the members, and — only when the inbox
 * holds such a notification — the notes I received and the talks I am in (the same queries,
 * under the same keys, as the Appreciate and Talk pages). `ready` once all of it has come.
 */
export function useSenderClues(
  spaceId: string,
  items: readonly InboxItem[] | undefined,
): { clues: SenderClues; ready: boolean } {
  const members = useMembers(spaceId);
  const wantsNotes = items?.some((item) => item.type === 'appreciation') ?? false;
  const wantsTalks = items?.some((item) => item.type === 'session') ?? false;
  const notes = useQuery({
    queryKey: queryKeys.appreciations(spaceId),
    queryFn: () => fetchAppreciations(spaceId),
    enabled: wantsNotes,
  });
  const talks = useQuery({
    queryKey: queryKeys.talkSessions(spaceId),
    queryFn: () => fetchTalkSessions(spaceId),
    enabled: wantsTalks,
  });
  return {
    clues: {
      members: members.data?.items ?? [],
      received: notes.data?.received ?? [],
      sessions: talks.data?.items ?? [],
    },
    ready:
      !members.isPending && !(wantsNotes && notes.isPending) && !(wantsTalks && talks.isPending),
  };
}
