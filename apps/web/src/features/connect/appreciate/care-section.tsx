import { useState, type FormEvent } from 'react';
import type { Member } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { Checkbox } from '../../../ui/checkbox';
import { FormError } from '../../../ui/form-error';
import { TextArea } from '../../../ui/text-area';
import { nameIn } from '../talk/talk-people';
import type { CarePreference } from './appreciate-api';
import { careSentence, careTagLabel, careTags, toggleCareTag } from './care-words';
import { useSaveCare } from './use-appreciate';

/** The server's limit on the words beside the ways. */
const CARE_TEXT_MAX_CHARS = 500;

interface CareSectionProps {
  spaceId: string;
  care: readonly CarePreference[];
  members: readonly Member[];
}

/**
 * "How we like to receive care": the others', read only, in a sentence each; then mine, as
 * ways to tick and a few words of my own.
 */
export function CareSection({ spaceId, care, members }: CareSectionProps) {
  const isMe = (userId: string) => members.some((m) => m.userId === userId && m.isMe);
  const others = care.filter((each) => !isMe(each.userId));
  const mine = care.find((each) => isMe(each.userId));
  return (
    <section className="section card" aria-labelledby="appreciate-care-title">
      <h2 id="appreciate-care-title">{t('connect.appreciate.care.title')}</h2>
      <p className="muted">{t('connect.appreciate.care.lead')}</p>
      {others.length > 0 ? (
        <ul className="care-list">
          {others.map((each) => (
            <li key={each.userId}>{careSentence(nameIn(members, each.userId), each)}</li>
          ))}
        </ul>
      ) : null}
      <CareForm spaceId={spaceId} mine={mine} />
    </section>
  );
}

function CareForm({ spaceId, mine }: { spaceId: string; mine: CarePreference | undefined }) {
  const save = useSaveCare(spaceId);
  const [tags, setTags] = useState(mine?.tags ?? []);
  const [text, setText] = useState(mine?.text ?? '');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate({ tags, text: text.trim() });
  };
  const edited = () => {
    if (save.isSuccess) save.reset();
  };

  return (
    <form className="form care-form" onSubmit={submit} aria-labelledby="appreciate-care-mine">
      <h3 id="appreciate-care-mine">{t('connect.appreciate.care.mine')}</h3>
      <FormError error={save.error} fields={['text']} />
      <fieldset className="care-form__ways" aria-describedby="appreciate-care-ways-hint">
        <legend className="field__label">{t('connect.appreciate.care.waysLegend')}</legend>
        <p className="field__hint" id="appreciate-care-ways-hint">
          {t('connect.appreciate.care.waysHint')}
        </p>
        {careTags.map((tag) => (
          <Checkbox
            key={tag}
            label={careTagLabel(tag)}
            checked={tags.includes(tag)}
            onChange={(event) => {
              setTags(toggleCareTag(tags, tag, event.target.checked));
              edited();
            }}
          />
        ))}
      </fieldset>
      <TextArea
        label={t('connect.appreciate.care.text')}
        hint={t('common.optionalUpTo', { max: CARE_TEXT_MAX_CHARS })}
        name="careText"
        maxLength={CARE_TEXT_MAX_CHARS}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          edited();
        }}
        error={fieldError(save.error, 'text')}
      />
      {save.isSuccess ? <Alert tone="success">{t('connect.appreciate.care.saved')}</Alert> : null}
      <div className="button-row">
        <Button type="submit" busy={save.isPending}>
          {t('connect.appreciate.care.save')}
        </Button>
      </div>
    </form>
  );
}
