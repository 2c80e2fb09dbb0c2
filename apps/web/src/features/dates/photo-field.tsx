import { useEffect, useId, useRef, useState } from 'react';
import type { Memory } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { describedBy, FieldError } from '../../ui/field';
import { PHOTO_ACCEPT, photoProblem } from './memory-photo';

/** What happens to a memory's photo: the one it has stays, none, or a newly chosen file. */
export type PhotoChoice = { kind: 'keep' } | { kind: 'none' } | { kind: 'new'; file: File };

interface PhotoFieldProps {
  /** The photo a memory has now, when changing one. */
  current: Memory['photo'] | undefined;
  choice: PhotoChoice;
  onChoose: (choice: PhotoChoice) => void;
  /** The server refused the photo: its reason is said above the form. */
  refused: boolean;
}

/**
 * The local address of the chosen file, for its preview. Made when a file is chosen (not in an
 * effect, which React may run twice) and given back when another is chosen or the field goes.
 */
function usePreview() {
  const made = useRef<string | undefined>(undefined);
  const [url, setUrl] = useState<string>();
  useEffect(
    () => () => {
      if (made.current) URL.revokeObjectURL(made.current);
      made.current = undefined;
    },
    [],
  );
  const show = (file: File | undefined) => {
    if (made.current) URL.revokeObjectURL(made.current);
    made.current = file ? URL.createObjectURL(file) : undefined;
    setUrl(made.current);
  };
  return { url, show };
}

/**
 * An optional photo: JPEG, PNG or WebP up to 10 MB, checked here first with a clear reason, and
 * shown before it is sent. Changing a memory, its photo can be kept, replaced or removed.
 */
export function PhotoField({ current, choice, onChoose, refused }: PhotoFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string>();
  const preview = usePreview();
  const unchanged: PhotoChoice = current ? { kind: 'keep' } : { kind: 'none' };
  const hint = t('dates.photo.hint');

  const choose = (next: PhotoChoice) => {
    preview.show(next.kind === 'new' ? next.file : undefined);
    onChoose(next);
  };
  const clear = (next: PhotoChoice) => {
    if (input.current) input.current.value = '';
    choose(next);
  };

  return (
    <div className="field date-photo">
      <label className="field__label" htmlFor={id}>
        {current ? t('dates.photo.replaceLabel') : t('dates.photo.label')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {current && choice.kind === 'keep' ? (
        <div className="date-photo__current">
          <img
            src={current.url}
            width={current.width}
            height={current.height}
            alt={t('dates.photo.currentAlt')}
            className="date-photo__preview"
          />
          <Button variant="quiet" onClick={() => clear({ kind: 'none' })}>
            {t('dates.photo.remove')}
          </Button>
        </div>
      ) : null}
      {current && choice.kind === 'none' ? (
        <p className="date-photo__removed">
          {t('dates.photo.removed')}{' '}
          <Button variant="quiet" onClick={() => clear({ kind: 'keep' })}>
            {t('dates.photo.keep')}
          </Button>
        </p>
      ) : null}
      <input
        ref={input}
        id={id}
        className="input date-photo__input"
        type="file"
        accept={PHOTO_ACCEPT}
        aria-invalid={problem || refused ? true : undefined}
        aria-describedby={describedBy(id, hint, problem)}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (!chosen) {
            setProblem(undefined);
            choose(unchanged);
            return;
          }
          const refusal = photoProblem(chosen);
          if (refusal) {
            setProblem(t(`errors.${refusal}`));
            clear(unchanged);
            return;
          }
          setProblem(undefined);
          choose({ kind: 'new', file: chosen });
        }}
      />
      <FieldError id={id} error={problem} />
      {choice.kind === 'new' && preview.url ? (
        <div className="date-photo__chosen">
          <img
            src={preview.url}
            alt={t('dates.photo.previewAlt')}
            className="date-photo__preview"
          />
          <Button variant="quiet" onClick={() => clear(unchanged)}>
            {current ? t('dates.photo.keepOld') : t('dates.photo.none')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
