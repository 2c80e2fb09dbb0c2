import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { Memory, PlannedDate } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { ButtonLink } from '../../ui/button-link';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { datesPath } from './dates-path';
import { DateActions } from './date-actions';
import { DateFacts } from './date-facts';
import { statusWords } from './date-words';
import { memoriesOf } from './memory-groups';
import { MemoryItem } from './memory-item';
import { useMemories, usePlan } from './use-dates';
import { useDatesContext } from './use-dates-context';
import type { DatesContext } from './dates-context';

/**
 * One date's page, where its notifications lead: the plan and everyone's answer, what I can do
 * about it (answer or change my answer, another time, its words, calling it off), its memories.
 */
export function DatePage() {
  const { dateId = '' } = useParams();
  const { space, members, context } = useDatesContext();
  const date = usePlan(space.id, dateId);
  const memories = useMemories(space.id);

  let content;
  const error = members.error ?? date.error;
  if (error) {
    content = (
      <LoadError
        error={error}
        onRetry={() => {
          void members.refetch();
          void date.refetch();
        }}
      />
    );
  } else if (!context || !date.data) {
    content = <Loading />;
  } else {
    content = (
      <DateDetails
        context={context}
        date={date.data}
        memories={memories.data ? memoriesOf(memories.data.items, date.data.id) : undefined}
        memoriesError={memories.error}
        onRetryMemories={() => void memories.refetch()}
      />
    );
  }

  const title = date.data?.title ?? t('dates.title');
  return (
    <Page
      title={title}
      documentTitle={t('common.inSpace', { page: title, space: space.name })}
      actions={
        <ButtonLink variant="quiet" to={datesPath(space.id)}>
          <span aria-hidden="true">← </span>
          {t('dates.page.back')}
        </ButtonLink>
      }
    >
      {content}
    </Page>
  );
}

interface DateDetailsProps {
  context: DatesContext;
  date: PlannedDate;
  memories: Memory[] | undefined;
  memoriesError: unknown;
  onRetryMemories: () => void;
}

function DateDetails({
  context,
  date,
  memories,
  memoriesError,
  onRetryMemories,
}: DateDetailsProps) {
  const [notice, setNotice] = useState<{ message: string; key: number }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const memoriesHeading = useRef<HTMLHeadingElement>(null);
  const say = (message: string, focus: 'plan' | 'memories') => {
    setNotice((current) => ({ message, key: (current?.key ?? 0) + 1 }));
    // The button pressed may be gone with what it did: carry on from the section's heading.
    requestAnimationFrame(() => (focus === 'plan' ? heading : memoriesHeading).current?.focus());
  };

  let memoryList;
  if (memoriesError) {
    memoryList = <LoadError error={memoriesError} onRetry={onRetryMemories} />;
  } else if (!memories) {
    memoryList = <Loading />;
  } else if (memories.length === 0) {
    memoryList = (
      <p className="muted">
        {date.capabilities.canAddMemory
          ? t('dates.page.noMemoriesYet')
          : t('dates.page.noMemories')}
      </p>
    );
  } else {
    memoryList = (
      <ol className="dates-timeline">
        {memories.map((memory) => (
          <MemoryItem
            key={memory.id}
            memory={memory}
            context={context}
            withDate={false}
            onDone={(message) => say(message, 'memories')}
          />
        ))}
      </ol>
    );
  }

  return (
    <>
      {notice ? (
        <Alert key={notice.key} tone="success" className="notice section--first">
          {notice.message}
        </Alert>
      ) : null}
      <section
        className={`card section--first date-detail date-card--${date.status}`}
        aria-labelledby="date-detail-title"
      >
        <header className="date-card__header">
          <h2 id="date-detail-title" ref={heading} tabIndex={-1}>
            {t('dates.page.plan')}
          </h2>
          <span className={`badge date-badge date-badge--${date.status}`}>{statusWords(date)}</span>
        </header>
        <DateFacts date={date} context={context} />
        <DateActions
          date={date}
          context={context}
          full
          onDone={(message) => say(message, 'plan')}
        />
      </section>
      <section className="section dates-memories" aria-labelledby="date-memories-title">
        <h2 id="date-memories-title" ref={memoriesHeading} tabIndex={-1}>
          {t('dates.page.memories')}
        </h2>
        {memoryList}
      </section>
    </>
  );
}
