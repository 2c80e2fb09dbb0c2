import { useState } from 'react';
import type { Checkin } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { CheckinForm } from './checkin-form';
import { MyCheckinCard } from './my-checkin-card';

type Notice = 'thanks' | 'saved' | 'deleted' | 'exists';

const noticeText: Record<Notice, () => string> = {
  thanks: () => t('checkins.thanks'),
  saved: () => t('checkins.saved'),
  deleted: () => t('checkins.deleted'),
  exists: () => t('checkins.exists'),
};

interface MyCheckinSectionProps {
  spaceId: string;
  day: string;
  mine: Checkin | undefined;
  myName: string;
  othersWaiting: boolean;
  /** The server's word on whether this day still takes my check-in. */
  canCheckIn: boolean;
}

/** "Your check-in": the form until I have checked in for the day, then my check-in. */
export function MyCheckinSection({
  spaceId,
  day,
  mine,
  myName,
  othersWaiting,
  canCheckIn,
}: MyCheckinSectionProps) {
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<Notice>();

  const show = (next: Notice | undefined, edit = false) => {
    setNotice(next);
    setEditing(edit);
  };

  let body;
  if (!mine && editing) {
    body = <Loading />; // the server said I had already checked in; fetching it
  } else if (!mine && !canCheckIn) {
    body = <p className="muted">{t('checkins.closed')}</p>;
  } else if (!mine) {
    body = (
      <>
        <p className="muted">{t('checkins.formLead')}</p>
        <CheckinForm
          spaceId={spaceId}
          day={day}
          onSaved={() => show('thanks')}
          onAlreadyCheckedIn={() => show('exists', true)}
        />
      </>
    );
  } else if (editing) {
    body = (
      <CheckinForm
        spaceId={spaceId}
        day={day}
        checkin={mine}
        onSaved={() => show('saved')}
        onCancel={() => show(undefined)}
      />
    );
  } else {
    body = (
      <MyCheckinCard
        spaceId={spaceId}
        checkin={mine}
        name={myName}
        othersWaiting={othersWaiting}
        onEdit={() => show(undefined, true)}
        onDeleted={() => show('deleted')}
      />
    );
  }

  return (
    <section className="section section--first" aria-labelledby="my-checkin-title">
      <h2 id="my-checkin-title">
        {editing && mine ? t('checkins.editTitle') : t('checkins.yours')}
      </h2>
      {notice ? (
        <Alert tone={notice === 'exists' ? 'info' : 'success'} className="notice">
          {noticeText[notice]()}
        </Alert>
      ) : null}
      {body}
    </section>
  );
}
