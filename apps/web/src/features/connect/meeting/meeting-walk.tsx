import { useEffect, useId, useRef, useState } from 'react';
import type { Meeting, MeetingStep } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { ConfirmAction } from '../../../ui/confirm-action';
import { FormError } from '../../../ui/form-error';
import { ActionsStep } from './actions-step';
import type { UpdateMeetingBody } from './meeting-api';
import {
  notesInclude,
  notesToSave,
  shownNote,
  withoutSent,
  type NoteDrafts,
  type NoteKey,
} from './meeting-notes';
import { stepInWords, stepPlace, stepTitle } from './meeting-steps';
import type { MeetingViewer } from './meeting-viewer';
import type { NoteControls } from './note-field';
import { PersonalStep } from './personal-step';
import { StepIndicator } from './step-indicator';
import { TopicsStep } from './topics-step';
import { useEndMeeting, useUpdateMeeting } from './use-meeting';
import { WentWellStep } from './went-well-step';

interface MeetingWalkProps {
  spaceId: string;
  meeting: Meeting;
  viewer: MeetingViewer;
  /** Back to the overview; the meeting stays under way. */
  onLeave: () => void;
}

/**
 * The meeting under way, one step at a time. The step is the server's: "Back" and "Next" on
 * either screen move both. What is typed stays here until saved, and "Back", "Next" and "End
 * the meeting" save it on the way, so no note is lost by moving on.
 */
export function MeetingWalk({ spaceId, meeting, viewer, onLeave }: MeetingWalkProps) {
  const { myId } = viewer;
  const update = useUpdateMeeting(spaceId, meeting.id);
  const end = useEndMeeting(spaceId, meeting.id);
  const [drafts, setDrafts] = useState<NoteDrafts>({});
  const [saved, setSaved] = useState<readonly NoteKey[]>([]);
  const [talks, setTalks] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const leaveHintId = useId();
  const place = stepPlace(meeting.step);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  // A new step (from either screen) removes the controls of the last one, often the one that
  // had the focus: carry on from the step's heading rather than the top of the page.
  const shownStep = useRef(meeting.step);
  useEffect(() => {
    if (shownStep.current === meeting.step) return;
    shownStep.current = meeting.step;
    const frame = requestAnimationFrame(() => {
      if (document.activeElement === document.body) stepHeading.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [meeting.step]);

  const send = (body: UpdateMeetingBody, sent: NoteDrafts = {}) =>
    update.mutateAsync(body).then(() => {
      setDrafts((current) => withoutSent(current, sent));
      setSaved((keys) => [...new Set([...keys, ...(Object.keys(sent) as NoteKey[])])]);
    });

  const notes: NoteControls = {
    value: (key) => shownNote(meeting, myId, drafts, key),
    change: (key, text) => {
      setDrafts((current) => ({ ...current, [key]: text }));
      setSaved((keys) => keys.filter((k) => k !== key));
    },
    save: (key) => {
      const toSave = notesToSave(drafts, meeting, myId, [key]);
      if (!toSave) {
        setSaved((keys) => [...keys, key]); // nothing changed: it is saved as it stands
        return;
      }
      send({ notes: toSave.notes }, toSave.sent).catch(() => undefined); // shown by FormError
    },
    saving: (key) =>
      update.isPending &&
      update.variables.step === undefined &&
      notesInclude(update.variables.notes, key),
    saved: (key) => saved.includes(key),
  };

  const goTo = (step: MeetingStep) => {
    const toSave = notesToSave(drafts, meeting, myId);
    send(toSave ? { step, notes: toSave.notes } : { step }, toSave?.sent).catch(() => undefined);
  };

  const finish = () => {
    const toSave = notesToSave(drafts, meeting, myId);
    const saving = toSave ? send({ notes: toSave.notes }, toSave.sent) : Promise.resolve();
    saving.then(() => end.mutateAsync()).catch(() => undefined); // shown by FormError
  };

  const movingTo = update.isPending ? update.variables.step : undefined;

  return (
    <section className="section section--first meeting-walk" aria-labelledby="meeting-walk-title">
      <h2 id="meeting-walk-title" ref={heading} tabIndex={-1}>
        {t('connect.meeting.start.title')}
      </h2>
      <StepIndicator step={meeting.step} />
      {/* Read out when the step changes, on whichever screen moved it. */}
      <p className="visually-hidden" aria-live="polite">
        {stepInWords(meeting.step)}
      </p>
      <div className="card meeting-step">
        <h3 id="meeting-step-title" ref={stepHeading} tabIndex={-1}>
          {stepTitle(meeting.step)}
        </h3>
        <p className="meeting-step__guide">{t(`connect.meeting.guide.${meeting.step}`)}</p>
        <StepContent
          spaceId={spaceId}
          meeting={meeting}
          viewer={viewer}
          notes={notes}
          talks={talks}
          onTalkStarted={(topicId, sessionId) =>
            setTalks((current) => ({ ...current, [topicId]: sessionId }))
          }
        />
      </div>
      <FormError error={update.error ?? end.error} />
      <div className="button-row meeting-walk__nav">
        {place.previous ? (
          <Button
            variant="secondary"
            busy={movingTo === place.previous}
            onClick={() => place.previous && goTo(place.previous)}
          >
            {t('connect.meeting.walk.back')}
          </Button>
        ) : null}
        {place.next ? (
          <Button busy={movingTo === place.next} onClick={() => place.next && goTo(place.next)}>
            {t('connect.meeting.walk.next')}
          </Button>
        ) : (
          <ConfirmAction
            variant="primary"
            label={t('connect.meeting.walk.end')}
            question={t('connect.meeting.walk.endQuestion')}
            confirmLabel={t('connect.meeting.walk.endYes')}
            cancelLabel={t('connect.meeting.walk.endNo')}
            busy={end.isPending || (update.isPending && movingTo === undefined)}
            onConfirm={finish}
          />
        )}
      </div>
      <div className="meeting-walk__leave">
        <Button variant="quiet" aria-describedby={leaveHintId} onClick={onLeave}>
          {t('connect.meeting.walk.leave')}
        </Button>
        <p id={leaveHintId} className="muted">
          {t('connect.meeting.walk.leaveHint')}
        </p>
      </div>
    </section>
  );
}

interface StepContentProps {
  spaceId: string;
  meeting: Meeting;
  viewer: MeetingViewer;
  notes: NoteControls;
  talks: Readonly<Record<string, string>>;
  onTalkStarted: (topicId: string, sessionId: string) => void;
}

function StepContent({ spaceId, meeting, viewer, notes, talks, onTalkStarted }: StepContentProps) {
  switch (meeting.step) {
    case 'appreciations':
      return <PersonalStep kind="appreciation" meeting={meeting} viewer={viewer} notes={notes} />;
    case 'went_well':
      return <WentWellStep notes={notes} />;
    case 'topics':
      return (
        <TopicsStep
          spaceId={spaceId}
          meeting={meeting}
          viewer={viewer}
          notes={notes}
          talks={talks}
          onTalkStarted={onTalkStarted}
        />
      );
    case 'actions':
      return <ActionsStep spaceId={spaceId} meeting={meeting} viewer={viewer} />;
    case 'needs':
      return <PersonalStep kind="need" meeting={meeting} viewer={viewer} notes={notes} />;
  }
}
