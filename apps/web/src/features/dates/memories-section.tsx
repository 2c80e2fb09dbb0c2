import { useRef, useState } from 'react';
import { LoadError } from '../../app/load-error';
import { locale, t } from '../../lib/i18n';
import { AddSection } from '../../ui/add-section';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { monthLabel } from '../growth/reflection-month';
import type { DatesContext } from './dates-context';
import { memoriesByMonth } from './memory-groups';
import { MemoryForm } from './memory-form';
import { MemoryItem } from './memory-item';
import { useMemories } from './use-dates';

/** Our timeline of memories, newest first by month, and a memory of a day to add. */
export function MemoriesSection({ context }: { context: DatesContext }) {
  const memories = useMemories(context.spaceId);
  const [notice, setNotice] = useState<{ message: string; key: number }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const done = (message: string) => {
    setNotice((current) => ({ message, key: (current?.key ?? 0) + 1 }));
    // A removed memory (and the button pressed) is gone: carry on from the heading.
    requestAnimationFrame(() => heading.current?.focus());
  };

  let timeline;
  if (memories.error) {
    timeline = <LoadError error={memories.error} onRetry={() => void memories.refetch()} />;
  } else if (!memories.data) {
    timeline = <Loading />;
  } else if (memories.data.items.length === 0) {
    timeline = <p className="muted">{t('dates.memories.empty')}</p>;
  } else {
    timeline = memoriesByMonth(memories.data.items).map(({ month, items }) => (
      <section key={month} className="dates-month" aria-labelledby={`dates-month-${month}`}>
        <h3 id={`dates-month-${month}`}>{monthLabel(month, locale)}</h3>
        <ol className="dates-timeline">
          {items.map((memory) => (
            <MemoryItem key={memory.id} memory={memory} context={context} onDone={done} />
          ))}
        </ol>
      </section>
    ));
  }

  return (
    <section className="section dates-memories" aria-labelledby="dates-memories-title">
      <h2 id="dates-memories-title" ref={heading} tabIndex={-1}>
        {t('dates.memories.title')}
      </h2>
      <p className="muted">{t('dates.memories.lead')}</p>
      {notice ? (
        <Alert key={notice.key} tone="success" className="notice">
          {notice.message}
        </Alert>
      ) : null}
      <AddSection
        className="dates-add-memory"
        level={3}
        openLabel={t('dates.memories.add')}
        title={t('dates.memories.addTitle')}
        form={({ saved, cancel }) => (
          <MemoryForm
            context={context}
            onSaved={() => saved(t('dates.memory.added'))}
            onCancel={cancel}
          />
        )}
      />
      {timeline}
    </section>
  );
}
