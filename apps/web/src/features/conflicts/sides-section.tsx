import { useState } from 'react';
import type { ConflictTopic } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import type { NameOf } from './people';
import { SideForm } from './side-form';
import { SideView } from './side-view';
import { waitingSentence } from './topic-words';

interface SidesSectionProps {
  spaceId: string;
  topic: ConflictTopic;
  myId: string;
  /** Someone else's name, for sentences about them. */
  nameOf: NameOf;
}

/**
 * Each side, written alone and sealed: my form (or what I wrote, changeable until the others
 * have written), the others' sides shown as sealed, and who we are still waiting for. Once
 * everyone has written, "Both sides", one after the other and final. The line at the foot is
 * live, so the reveal is announced when the last side arrives.
 */
export function SidesSection({ spaceId, topic, myId, nameOf }: SidesSectionProps) {
  const revealed = topic.phase !== 'perspectives';
  const mine = topic.perspectives.find((side) => side.userId === myId);
  let heading = t('resolve.sides.yours');
  if (revealed) {
    heading = topic.participantIds.length <= 2 ? t('resolve.sides.both') : t('resolve.sides.all');
  }
  let status = '';
  if (revealed) status = t('resolve.sides.revealed');
  else if (mine) status = waitingSentence(topic, myId, nameOf) ?? '';

  return (
    <section className="card resolve-sides" aria-labelledby="resolve-sides-title">
      <h2 id="resolve-sides-title" tabIndex={-1} data-resolve-focus>
        {heading}
      </h2>
      {revealed ? (
        <RevealedSides topic={topic} myId={myId} nameOf={nameOf} />
      ) : (
        <SealedSides spaceId={spaceId} topic={topic} myId={myId} nameOf={nameOf} />
      )}
      <p className="resolve-sides__status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

function RevealedSides({ topic, myId, nameOf }: Omit<SidesSectionProps, 'spaceId'>) {
  // Mine first: reading my own words again before theirs.
  const sides = [...topic.perspectives].sort(
    (a, b) => Number(b.userId === myId) - Number(a.userId === myId),
  );
  return (
    <>
      <p className="muted">{t('resolve.sides.bothLead')}</p>
      {sides.map((side) => (
        <article
          key={side.userId}
          className="resolve-sides__one"
          aria-labelledby={`side-${side.userId}`}
        >
          <h3 id={`side-${side.userId}`}>
            {side.userId === myId
              ? t('resolve.sides.mine')
              : t('resolve.sides.theirs', { name: nameOf(side.userId) })}
          </h3>
          <SideView side={side} />
        </article>
      ))}
    </>
  );
}

function SealedSides({ spaceId, topic, myId, nameOf }: SidesSectionProps) {
  const [changing, setChanging] = useState(false);
  const mine = topic.perspectives.find((side) => side.userId === myId);
  const sealed = topic.perspectives.filter((side) => side.userId !== myId);
  const last = topic.waitingFor.length === 1 && topic.waitingFor[0] === myId;
  const writing = topic.capabilities.canWritePerspective && (!mine || changing);

  return (
    <>
      {writing ? (
        <SideForm
          spaceId={spaceId}
          topicId={topic.id}
          initial={
            mine
              ? {
                  happened: mine.happened ?? '',
                  felt: mine.felt ?? '',
                  need: mine.need ?? '',
                  myPart: mine.myPart ?? '',
                }
              : undefined
          }
          last={last}
          onSaved={() => setChanging(false)}
          onCancel={mine ? () => setChanging(false) : undefined}
        />
      ) : null}
      {mine && !writing ? (
        <>
          <p className="muted">{t('resolve.sides.savedSealed')}</p>
          <SideView side={mine} />
          {topic.capabilities.canWritePerspective ? (
            <Button variant="secondary" onClick={() => setChanging(true)}>
              {t('resolve.sides.change')}
            </Button>
          ) : null}
        </>
      ) : null}
      {sealed.length > 0 ? (
        <ul className="resolve-sides__sealed">
          {sealed.map((side) => (
            <li key={side.userId} className="resolve-sealed">
              <span aria-hidden="true">🔒 </span>
              {t('resolve.sides.sealed', { name: nameOf(side.userId) })}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
