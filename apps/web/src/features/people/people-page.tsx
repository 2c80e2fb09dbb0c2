import { useMemo, useState, type ReactNode } from 'react';
import type { Person } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { useSignedInMe } from '../auth/me-context';
import { TogetherApartNav } from '../growth/together-apart-nav';
import { useCurrentSpace } from '../spaces/space-context';
import { useMembers } from '../spaces/use-spaces';
import { AddPersonSection } from './add-person-section';
import { InsightCard } from './insight-card';
import { memberName, type PeopleContext } from './people-context';
import { groupPeople } from './people-groups';
import { PersonCard } from './person-card';
import { PersonSaidContext, type PersonSaid } from './person-said';
import { SupportSection } from './support-section';
import { usePeople } from './use-people';

/**
 * "People": the gentle insight when we haven't seen friends together for a while, who it has
 * been too long with, ours, mine and each partner's people, and professional support.
 */
export function PeoplePage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const members = useMembers(space.id);
  const people = usePeople(space.id);
  const [said, setSaid] = useState<PersonSaid>();
  const saidValue = useMemo(
    () => ({
      said,
      say: (personId: string, message: string) =>
        setSaid((current) => ({ personId, message, key: (current?.key ?? 0) + 1 })),
      clear: () => setSaid(undefined),
    }),
    [said],
  );

  let content;
  const error = members.error ?? people.error;
  if (error) {
    content = (
      <LoadError
        error={error}
        onRetry={() => {
          void members.refetch();
          void people.refetch();
        }}
      />
    );
  } else if (!members.data || !people.data) {
    content = <Loading />;
  } else {
    const context: PeopleContext = {
      spaceId: space.id,
      myId: me.id,
      members: members.data.items,
      today: people.data.today,
    };
    const others = context.members.filter((member) => member.userId !== me.id);
    const groups = groupPeople(
      people.data.items,
      me.id,
      others.map((member) => member.userId),
    );
    const { insight } = people.data;
    content = (
      <>
        {insight ? <InsightCard insight={insight} people={people.data.items} /> : null}
        {groups.catchUp.length > 0 ? (
          <PeopleGroup
            id="people-catch-up"
            title={t('people.catchUp.title')}
            lead={t('people.catchUp.lead')}
            people={groups.catchUp}
            context={context}
            showOverdue
          />
        ) : null}
        <AddPersonSection context={context} />
        {others.length > 0 || groups.ours.length > 0 ? (
          <PeopleGroup
            id="people-ours"
            title={t('people.ours.title')}
            empty={t('people.ours.empty')}
            people={groups.ours}
            context={context}
          />
        ) : null}
        <PeopleGroup
          id="people-mine"
          title={t('people.mine.title')}
          empty={t('people.mine.empty')}
          people={groups.mine}
          context={context}
        />
        {groups.theirs.map(({ memberId, people: theirs }) => (
          <PeopleGroup
            key={memberId}
            id={`people-of-${memberId}`}
            title={t('people.theirs.title', { name: memberName(context.members, memberId) })}
            empty={t('people.theirs.empty')}
            people={theirs}
            context={context}
          />
        ))}
        {groups.archived.length > 0 ? (
          <details className="section people-archived">
            <summary>{t('people.archived.title')}</summary>
            <p className="muted">{t('people.archived.lead')}</p>
            <PeopleCards people={groups.archived} context={context} onRemoved={() => undefined} />
          </details>
        ) : null}
        <SupportSection context={context} />
      </>
    );
  }

  return (
    <Page
      title={t('people.title')}
      documentTitle={t('common.inSpace', { page: t('people.nav'), space: space.name })}
      lead={t('people.lead')}
      actions={<TogetherApartNav spaceId={space.id} />}
    >
      <PersonSaidContext value={saidValue}>{content}</PersonSaidContext>
    </Page>
  );
}

interface PeopleGroupProps {
  id: string;
  title: string;
  lead?: string;
  empty?: string;
  people: Person[];
  context: PeopleContext;
  showOverdue?: boolean;
}

/** One section of people; after a removal, focus comes back to its heading with a word. */
function PeopleGroup({ id, title, lead, empty, people, context, showOverdue }: PeopleGroupProps) {
  const [removed, setRemoved] = useState<{ message: string; key: number }>();
  return (
    <section className="section people-group" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      {lead ? <p className="muted">{lead}</p> : null}
      {people.length === 0 && empty ? <p className="muted">{empty}</p> : null}
      {removed ? (
        <Alert key={removed.key} tone="success">
          {removed.message}
        </Alert>
      ) : null}
      <PeopleCards
        people={people}
        context={context}
        showOverdue={showOverdue}
        onRemoved={(message) => {
          setRemoved((current) => ({ message, key: (current?.key ?? 0) + 1 }));
          document.getElementById(id)?.focus();
        }}
      />
    </section>
  );
}

function PeopleCards({
  people,
  context,
  showOverdue = false,
  onRemoved,
}: {
  people: Person[];
  context: PeopleContext;
  showOverdue?: boolean | undefined;
  onRemoved: (message: string) => void;
}): ReactNode {
  return (
    <div className="people-cards">
      {people.map((person) => (
        <PersonCard
          key={person.id}
          person={person}
          context={context}
          showOverdue={showOverdue}
          onRemoved={onRemoved}
        />
      ))}
    </div>
  );
}
