import type { ConflictTopic, Member } from '@tandem/shared';
import { AgreementSection } from './agreement-section';
import { FloodedSection } from './flooded-section';
import { FollowUpSection } from './follow-up-section';
import { IdeasSection } from './ideas-section';
import type { NameOf } from './people';
import { SidesSection } from './sides-section';
import { TopicSteps } from './topic-steps';

interface TopicWalkProps {
  spaceId: string;
  topic: ConflictTopic;
  myId: string;
  members: readonly Member[];
  nameOf: NameOf;
  /** Someone's own name, never "You". */
  displayNameOf: NameOf;
  timeZone: string;
  today: string;
}

/**
 * A topic that is not resting, step by step: where we are, "I’m flooded", the sides, then ideas
 * and the agreement once the sides are out, and "did it hold?" once agreed.
 */
export function TopicWalk(props: TopicWalkProps) {
  const { spaceId, topic, myId, members, nameOf, displayNameOf, timeZone, today } = props;
  const participants = members.filter((member) => topic.participantIds.includes(member.userId));
  const revealed = topic.phase !== 'perspectives';
  const agreed = Boolean(topic.agreement?.agreedAt);

  return (
    <>
      <TopicSteps topic={topic} />
      {topic.capabilities.canPause ? (
        <FloodedSection spaceId={spaceId} topicId={topic.id} timeZone={timeZone} />
      ) : null}
      <SidesSection spaceId={spaceId} topic={topic} myId={myId} nameOf={displayNameOf} />
      {revealed ? <IdeasSection spaceId={spaceId} topic={topic} nameOf={nameOf} /> : null}
      {revealed ? (
        <AgreementSection
          spaceId={spaceId}
          topic={topic}
          myId={myId}
          participants={participants}
          members={members}
          nameOf={nameOf}
          today={today}
        />
      ) : null}
      {agreed ? (
        <FollowUpSection
          spaceId={spaceId}
          topic={topic}
          myId={myId}
          nameOf={nameOf}
          today={today}
        />
      ) : null}
    </>
  );
}
