import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Member } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import { topicPath } from './resolve-paths';
import { MAX_TAGS, parseTags, tagsError, tagsProblem } from './tags';
import { useRaiseTopic } from './use-conflicts';
import { WordingCoach } from './wording-coach';

const TITLE_MAX = 120;
const TEXT_MAX = 4000;

interface RaiseFormProps {
  spaceId: string;
  myId: string;
  members: readonly Member[];
  onCancel: () => void;
}

/** The first "…" of a suggested wording, selected, so typing fills it in; else the end. */
function placeCaret(field: HTMLTextAreaElement) {
  const gap = field.value.indexOf('…');
  field.focus();
  if (gap >= 0) field.setSelectionRange(gap, gap + 1);
  else field.setSelectionRange(field.value.length, field.value.length);
}

/**
 * "Raise something": a short name, what is on my mind (with the wording coach under it), tags,
 * and in a household who it is between. Sending is never held back by the coach.
 */
export function RaiseForm({ spaceId, myId, members, onCancel }: RaiseFormProps) {
  const raise = useRaiseTopic(spaceId);
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const others = members.filter((m) => m.userId !== myId);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [tags, setTags] = useState('');
  const [withIds, setWithIds] = useState(() => others.map((m) => m.userId));
  // What the person had written before taking the coach's wording, to bring it back.
  const [ownWords, setOwnWords] = useState<string>();
  const tagProblem = tagsProblem(parseTags(tags));

  // After React has put the words in the box, carry on writing there.
  const focusMessage = () =>
    requestAnimationFrame(() => {
      const field = form.current?.elements.namedItem('text');
      if (field instanceof HTMLTextAreaElement) placeCaret(field);
    });
  const takeWording = (wording: string) => {
    setOwnWords((kept) => kept ?? text);
    setText(wording);
    focusMessage();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (tagProblem) return;
    raise.mutate(
      {
        title,
        text,
        tags: parseTags(tags),
        ...(others.length > 1 ? { withIds } : {}),
      },
      { onSuccess: (topic) => void navigate(topicPath(spaceId, topic.id)) },
    );
  };

  return (
    <form className="form resolve-raise" onSubmit={submit} ref={form}>
      <p className="muted">{t('resolve.raise.lead')}</p>
      <FormError error={raise.error} fields={['title', 'text', 'tags', 'withIds']} />
      <TextField
        label={t('resolve.raise.title')}
        hint={t('resolve.raise.titleHint')}
        name="title"
        autoComplete="off"
        required
        autoFocus
        maxLength={TITLE_MAX}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={fieldError(raise.error, 'title')}
      />
      <TextArea
        label={t('resolve.raise.text')}
        hint={t('resolve.raise.textHint')}
        name="text"
        required
        rows={6}
        maxLength={TEXT_MAX}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={fieldError(raise.error, 'text')}
      />
      <WordingCoach text={text} onUseWording={takeWording} />
      {ownWords === undefined ? null : (
        <Button
          variant="quiet"
          className="resolve-raise__undo"
          onClick={() => {
            setText(ownWords);
            setOwnWords(undefined);
            focusMessage();
          }}
        >
          {t('resolve.coach.undo')}
        </Button>
      )}
      <TextField
        label={t('resolve.raise.tags')}
        hint={t('resolve.tags.hint', { max: MAX_TAGS })}
        name="tags"
        autoComplete="off"
        value={tags}
        onChange={(event) => setTags(event.target.value)}
        error={tagsError(tagProblem) ?? fieldError(raise.error, 'tags')}
      />
      {others.length > 1 ? (
        <fieldset className="resolve-raise__with">
          <legend className="field__label">{t('resolve.raise.with')}</legend>
          {others.map((member) => (
            <Checkbox
              key={member.userId}
              label={member.displayName}
              checked={withIds.includes(member.userId)}
              onChange={(event) => {
                const checked = event.target.checked;
                setWithIds((ids) =>
                  checked ? [...ids, member.userId] : ids.filter((id) => id !== member.userId),
                );
              }}
            />
          ))}
        </fieldset>
      ) : null}
      <FormActions
        submitLabel={t('resolve.raise.submit')}
        busy={raise.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
