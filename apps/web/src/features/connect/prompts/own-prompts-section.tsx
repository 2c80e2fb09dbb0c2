import { useRef, useState } from 'react';
import { t } from '../../../lib/i18n';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { ConfirmAction } from '../../../ui/confirm-action';
import { FormError } from '../../../ui/form-error';
import { deckName, depthName } from './deck-words';
import { OwnPromptForm } from './own-prompt-form';
import type { OwnPrompt } from './prompts-api';
import { useRemoveOwnPrompt } from './use-prompts';

interface OwnPromptsSectionProps {
  spaceId: string;
  own: readonly OwnPrompt[];
  nameOf: (userId: string) => string;
}

function OwnPromptItem(props: {
  spaceId: string;
  prompt: OwnPrompt;
  nameOf: (userId: string) => string;
  onRemoved: () => void;
}) {
  const { spaceId, prompt, nameOf, onRemoved } = props;
  const remove = useRemoveOwnPrompt(spaceId, prompt.id);
  return (
    <li className="card prompt-own">
      <p className="prompt-round__meta">
        {t('connect.prompts.meta', { deck: deckName(prompt.deck), depth: depthName(prompt.depth) })}
      </p>
      <p className="prompt-own__text">{prompt.text}</p>
      <p className="muted prompt-own__by">
        {t('connect.prompts.own.by', { name: nameOf(prompt.createdBy) })}
      </p>
      <FormError error={remove.error} />
      <ConfirmAction
        label={t('connect.prompts.own.remove')}
        accessibleLabel={t('connect.prompts.own.removeLabel', { text: prompt.text })}
        question={t('connect.prompts.own.removeConfirm', { text: prompt.text })}
        confirmLabel={t('connect.prompts.own.removeYes')}
        cancelLabel={t('connect.prompts.own.keep')}
        busy={remove.isPending}
        onConfirm={() => {
          // Not `mutate` callbacks: the item is gone by the time the list is fetched again.
          remove.mutateAsync().then(onRemoved, () => undefined);
        }}
      />
    </li>
  );
}

/** "Our own prompts": the questions we wrote, asked after each deck's own. */
export function OwnPromptsSection({ spaceId, own, nameOf }: OwnPromptsSectionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const [adding, setAdding] = useState(false);
  // Keyed by a counter, so the same sentence twice in a row is announced twice.
  const [status, setStatus] = useState<{ message: string; key: number }>();

  const done = (message: string) => {
    setAdding(false);
    setStatus((current) => ({ message, key: (current?.key ?? 0) + 1 }));
    heading.current?.focus();
  };

  return (
    <section className="section" aria-labelledby="own-prompts-title">
      <h2 id="own-prompts-title" ref={heading} tabIndex={-1}>
        {t('connect.prompts.own.title')}
      </h2>
      {status ? (
        <Alert key={status.key} tone="success" className="notice">
          {status.message}
        </Alert>
      ) : null}
      <p className="muted">{t('connect.prompts.own.lead')}</p>
      {adding ? (
        <div className="card prompt-own-form-card">
          <h3>{t('connect.prompts.own.formTitle')}</h3>
          <OwnPromptForm
            spaceId={spaceId}
            onAdded={done}
            onCancel={() => {
              setAdding(false);
              requestAnimationFrame(() => openButton.current?.focus());
            }}
          />
        </div>
      ) : (
        <div className="button-row">
          <Button
            ref={openButton}
            variant="secondary"
            onClick={() => {
              setStatus(undefined);
              setAdding(true);
            }}
          >
            {t('connect.prompts.own.open')}
          </Button>
        </div>
      )}
      {own.length === 0 ? (
        <p className="muted prompt-own__empty">{t('connect.prompts.own.empty')}</p>
      ) : (
        <ul className="item-list prompt-own-list">
          {own.map((prompt) => (
            <OwnPromptItem
              key={prompt.id}
              spaceId={spaceId}
              prompt={prompt}
              nameOf={nameOf}
              onRemoved={() => done(t('connect.prompts.own.removed'))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
