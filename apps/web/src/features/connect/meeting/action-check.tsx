import { useState } from 'react';
import { Checkbox } from '../../../ui/checkbox';
import { FormError } from '../../../ui/form-error';
import { actionMeta } from './action-words';
import type { ActionItem } from './meeting-api';
import type { MeetingViewer } from './meeting-viewer';
import { nameOrYou } from './meeting-words';
import { useSetActionDone } from './use-meeting';

interface ActionCheckProps {
  spaceId: string;
  action: ActionItem;
  viewer: MeetingViewer;
  today: string;
}

/** An agreed action, ticked off when done: what, and under it who and by when. */
export function ActionCheck({ spaceId, action, viewer, today }: ActionCheckProps) {
  const setDone = useSetActionDone(spaceId);
  // Ticked at once, in this very render (a controlled box that waited would flick back);
  // the server's answer takes over once it is on screen, or puts the box back if refused.
  const [ticked, setTicked] = useState<boolean>();
  const done = ticked ?? action.done;
  const owner = nameOrYou(viewer.members, viewer.myId, action.ownerId);
  return (
    <div className="meeting-action">
      <Checkbox
        label={action.text}
        hint={actionMeta(action, owner, today)}
        checked={done}
        onChange={(event) => {
          setTicked(event.target.checked);
          setDone.mutate(
            { actionId: action.id, done: event.target.checked },
            { onSettled: () => setTicked(undefined) },
          );
        }}
      />
      <FormError error={setDone.error} />
    </div>
  );
}
