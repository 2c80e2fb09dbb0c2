import { useState, type FormEvent } from 'react';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { TextField } from '../../ui/text-field';
import { MAX_TAGS, parseTags, tagsError, tagsProblem, tagsText } from './tags';
import { useUpdateTags } from './use-conflicts';

interface TagsFormProps {
  spaceId: string;
  topicId: string;
  tags: readonly string[];
}

/** The topic's tags, changeable by anyone in it: what lets a pattern show over time. */
export function TagsForm({ spaceId, topicId, tags }: TagsFormProps) {
  const save = useUpdateTags(spaceId, topicId);
  // Undefined while untouched: the tags as they are, even as someone else changes them.
  const [draft, setDraft] = useState<string>();
  const [saved, setSaved] = useState<{ key: number }>();
  const text = draft ?? tagsText(tags);
  const problem = tagsProblem(parseTags(text));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (problem) return;
    save.mutate(parseTags(text), {
      onSuccess: () => {
        setDraft(undefined);
        setSaved((current) => ({ key: (current?.key ?? 0) + 1 }));
      },
    });
  };

  return (
    <form className="form resolve-tags-form" onSubmit={submit}>
      {saved ? (
        <Alert key={saved.key} tone="success">
          {t('resolve.tags.saved')}
        </Alert>
      ) : null}
      <FormError error={save.error} fields={['tags']} />
      <TextField
        label={t('resolve.raise.tags')}
        hint={t('resolve.tags.hint', { max: MAX_TAGS })}
        name="tags"
        autoComplete="off"
        value={text}
        onChange={(event) => setDraft(event.target.value)}
        error={tagsError(problem) ?? fieldError(save.error, 'tags')}
      />
      <Button type="submit" variant="secondary" busy={save.isPending}>
        {t('resolve.tags.save')}
      </Button>
    </form>
  );
}
