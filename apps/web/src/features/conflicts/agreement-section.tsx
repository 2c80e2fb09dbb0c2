import { useState } from 'react';
import type { ConflictTopic, Member } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { errorMessage } from '../../lib/api/error-message';
import { AgreementForm } from './agreement-form';
import { FollowThrough } from './follow-through';
import type { NameOf } from './people';
import { agreementStatus } from './topic-words';
import { useAgree } from './use-conflicts';

interface AgreementSectionProps {
  spaceId: string;
  topic: ConflictTopic;
  myId: string;
  /** Who the topic is between: the lines are for them. */
  participants: readonly Member[];
  /** Everyone in the space: a split rule covers them all. */
  members: readonly Member[];
  nameOf: NameOf;
  today: string;
}

/**
 * "What we agree": the agreement on the table (who does what, and the day to look back), who
 * has agreed so far and "I agree"; once everyone has, each line can be followed through. A new
 * proposal — after "it only partly held", say — starts from the one there is.
 */
export function AgreementSection(props: AgreementSectionProps) {
  const { spaceId, topic, myId, participants, members, nameOf, today } = props;
  const agree = useAgree(spaceId, topic.id);
  const [proposing, setProposing] = useState(false);
  const agreement = topic.agreement;
  const canPropose = topic.capabilities.canProposeAgreement;

  return (
    <section className="card resolve-agreement" aria-labelledby="resolve-agreement-title">
      <h2 id="resolve-agreement-title">{t('resolve.agreement.title')}</h2>
      {agreement ? (
        <>
          <ul className="resolve-agreement__items">
            {agreement.items.map((item) => (
              <li key={item.id} className="resolve-agreement__item">
                <p className="resolve-agreement__line">
                  <strong>{nameOf(item.ownerId)}</strong>
                  {t('resolve.agreement.willDo')}
                  <span id={`item-${item.id}`}>{item.text}</span>
                </p>
                {agreement.agreedAt ? (
                  <FollowThrough
                    spaceId={spaceId}
                    topicId={topic.id}
                    item={item}
                    people={members}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          <p>{t('resolve.agreement.checkOnLine', { date: format.day(agreement.checkOn, true) })}</p>
          <p className="resolve-agreement__status" aria-live="polite">
            {agreementStatus(topic, myId, nameOf)}
          </p>
          {agree.error ? <Alert tone="error">{errorMessage(agree.error)}</Alert> : null}
          {topic.capabilities.canAgree ? (
            <Button busy={agree.isPending} onClick={() => agree.mutate(undefined)}>
              {t('resolve.agreement.agree')}
            </Button>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('resolve.agreement.none')}</p>
      )}
      {canPropose && (!agreement || proposing) ? (
        <AgreementForm
          spaceId={spaceId}
          topic={topic}
          myId={myId}
          people={participants}
          today={today}
          onProposed={() => setProposing(false)}
          onCancel={agreement ? () => setProposing(false) : undefined}
        />
      ) : null}
      {canPropose && agreement && !proposing ? (
        <Button variant="secondary" onClick={() => setProposing(true)}>
          {t('resolve.agreement.proposeOther')}
        </Button>
      ) : null}
    </section>
  );
}
