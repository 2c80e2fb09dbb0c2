import { useRef, useState } from 'react';
import type { DateIdeaView } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { AddSection } from '../../ui/add-section';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/loading';
import type { DatesContext } from './dates-context';
import { IdeaCard } from './idea-card';
import { emptyIdeaDraft } from './idea-draft';
import {
  defaultFilter,
  filterQuery,
  ideaKey,
  pickSurprise,
  type IdeaFilterDraft,
} from './idea-filter';
import { IdeaFilters } from './idea-filters';
import { IdeaForm } from './idea-form';
import { useCreateIdea, useIdeas } from './use-dates';

/** Ideas shown at first, and added by each "Show more". */
const PAGE = 12;

interface IdeasSectionProps {
  context: DatesContext;
  onPlan: (idea: DateIdeaView) => void;
}

/**
 * Date ideas: Tandem's bank and our own (ours first), filtered by setting, cost, length, energy
 * and season — this season to begin with — and "Surprise us" for one that fits, at random.
 */
export function IdeasSection({ context, onPlan }: IdeasSectionProps) {
  const [filter, setFilter] = useState<IdeaFilterDraft>(() => defaultFilter(context.today));
  const ideas = useIdeas(context.spaceId, filterQuery(filter));
  const [shown, setShown] = useState(PAGE);
  const [surprise, setSurprise] = useState<{ idea: DateIdeaView | undefined; key: number }>();
  const [notice, setNotice] = useState<{ message: string; key: number }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const surpriseHeading = useRef<HTMLHeadingElement>(null);
  const items = ideas.data?.items;

  const done = (message: string) => {
    setNotice((current) => ({ message, key: (current?.key ?? 0) + 1 }));
    requestAnimationFrame(() => heading.current?.focus());
  };
  const surpriseUs = () => {
    if (!items) return;
    const previous = surprise?.idea ? ideaKey(surprise.idea) : undefined;
    setSurprise((current) => ({
      idea: pickSurprise(items, previous),
      key: (current?.key ?? 0) + 1,
    }));
    requestAnimationFrame(() => surpriseHeading.current?.focus());
  };

  let list;
  if (ideas.error) {
    list = <LoadError error={ideas.error} onRetry={() => void ideas.refetch()} />;
  } else if (!items) {
    list = <Loading />;
  } else {
    list = (
      <div aria-busy={ideas.isPlaceholderData || undefined}>
        <p className="dates-ideas__count" role="status">
          {items.length === 0
            ? t('dates.ideas.none')
            : t('dates.ideas.count', { count: items.length })}
        </p>
        <ul className="dates-ideas__list">
          {items.slice(0, shown).map((idea) => (
            <li key={ideaKey(idea)}>
              <IdeaCard
                idea={idea}
                spaceId={context.spaceId}
                level={3}
                onPlan={onPlan}
                onDone={done}
              />
            </li>
          ))}
        </ul>
        {items.length > shown ? (
          <Button variant="secondary" onClick={() => setShown((count) => count + PAGE)}>
            {t('dates.ideas.more')}
          </Button>
        ) : null}
      </div>
    );
  }

  return (
    <section className="section dates-ideas" aria-labelledby="dates-ideas-title">
      <h2 id="dates-ideas-title" ref={heading} tabIndex={-1}>
        {t('dates.ideas.title')}
      </h2>
      <p className="muted">{t('dates.ideas.lead')}</p>
      {notice ? (
        <Alert key={notice.key} tone="success" className="notice">
          {notice.message}
        </Alert>
      ) : null}
      <IdeaFilters
        filter={filter}
        today={context.today}
        onChange={(next) => {
          setFilter(next);
          setShown(PAGE);
          setSurprise(undefined);
        }}
      />
      <div className="button-row dates-ideas__surprise">
        <Button variant="secondary" disabled={!items} onClick={surpriseUs}>
          {surprise ? t('dates.ideas.surpriseAgain') : t('dates.ideas.surprise')}
        </Button>
      </div>
      {surprise ? (
        <section className="dates-surprise" aria-labelledby="dates-surprise-title">
          <h3 id="dates-surprise-title" ref={surpriseHeading} tabIndex={-1}>
            {t('dates.ideas.surpriseTitle')}
          </h3>
          {surprise.idea ? (
            <IdeaCard
              key={surprise.key}
              idea={surprise.idea}
              spaceId={context.spaceId}
              level={4}
              onPlan={onPlan}
              onDone={done}
            />
          ) : (
            <p className="muted">{t('dates.ideas.none')}</p>
          )}
        </section>
      ) : null}
      <AddSection
        className="dates-add-idea"
        level={3}
        openLabel={t('dates.ideas.add')}
        title={t('dates.ideas.addTitle')}
        form={({ saved, cancel }) => (
          <AddIdeaForm spaceId={context.spaceId} saved={saved} cancel={cancel} />
        )}
      />
      {list}
    </section>
  );
}

function AddIdeaForm({
  spaceId,
  saved,
  cancel,
}: {
  spaceId: string;
  saved: (message: string) => void;
  cancel: () => void;
}) {
  const create = useCreateIdea(spaceId);
  return (
    <IdeaForm
      initial={emptyIdeaDraft}
      edit={false}
      label={t('dates.ideas.addTitle')}
      busy={create.isPending}
      error={create.error}
      onSave={(body) =>
        void create.mutateAsync(body).then(
          () => saved(t('dates.ideas.added', { title: body.title })),
          () => undefined, // shown by FormError
        )
      }
      onCancel={cancel}
    />
  );
}
