import { useEffect, useRef, useState } from 'react';
import type { Checkin } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { CheckinForm } from './checkin-form';
import { MyCheckinCard } from './my-checkin-card';

type Notice = 'thanks' | 'saved' | 'deleted' | 'exists' | 'final';

const noticeText: Record<Notice, () => string> = {
  thanks: () => t('checkins.thanks'),
  saved: () => t('checkins.saved'),
  deleted: () => t('checkins.deleted'),
  exists: () => t('checkins.exists'),
  final: () => t('errors.checkin_final'),
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
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusRequests, setFocusRequests] = useState(0);
  const focusHeading = () => setFocusRequests((count) => count + 1);

  // The last of the others checked in while I was editing: my check-in is final now, and the
  // form could only be refused.
  const editable = mine?.capabilities.canEdit ?? false;
  const becameFinal = editing && mine !== undefined && !editable;

  // Each change of view removes the control that caused it (the form, a button), so focus
  // moves to the heading instead of falling back to the top of the page.
  useEffect(() => {
    if (focusRequests > 0 || becameFinal) heading.current?.focus();
  }, [focusRequests, becameFinal]);

  const show = (next: Notice | undefined, edit = false) => {
    setNotice(next);
    setEditing(edit);
    focusHeading();
  };

  let body;
  if (!mine && !canCheckIn) {
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
  } else if (editing && editable) {
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
        onRevealed={() => show(undefined)}
        onFailed={focusHeading}
      />
    );
  }

  const shownNotice = becameFinal ? 'final' : notice;
  return (
    <section className="section section--first" aria-labelledby="my-checkin-title">
      <h2 id="my-checkin-title" ref={heading} tabIndex={-1}>
        {editing && editable ? t('checkins.editTitle') : t('checkins.yours')}
      </h2>
      {shownNotice ? (
        <Alert
          tone={shownNotice === 'exists' || shownNotice === 'final' ? 'info' : 'success'}
          className="notice"
        >
          {noticeText[shownNotice]()}
        </Alert>
      ) : null}
      {body}
    </section>
  );
}
