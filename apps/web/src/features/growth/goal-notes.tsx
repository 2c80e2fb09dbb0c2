import type { GrowthGoal } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { nameOf, type GrowthContext } from './growth-context';

/** A goal's notes, oldest first: the owner's progress and the others' encouragement. */
export function GoalNotes({ goal, context }: { goal: GrowthGoal; context: GrowthContext }) {
  if (goal.notes.length === 0) return <p className="muted">{t('growth.notes.none')}</p>;
  const who = (authorId: string) =>
    authorId === context.myId ? t('growth.you') : nameOf(context.members, authorId);
  return (
    <ul className="growth-notes">
      {goal.notes.map((note) => (
        <li key={note.id} className={`growth-note growth-note--${note.kind}`}>
          <p className="growth-note__meta">
            <span>
              {note.kind === 'progress'
                ? t('growth.notes.progressFrom', { name: who(note.authorId) })
                : note.authorId === context.myId
                  ? t('growth.notes.encouragementFromMe')
                  : t('growth.notes.encouragementFrom', { name: who(note.authorId) })}
            </span>
            {' · '}
            <time dateTime={note.createdAt}>{format.date(note.createdAt)}</time>
          </p>
          <p className="growth-note__text">{note.text}</p>
        </li>
      ))}
    </ul>
  );
}
