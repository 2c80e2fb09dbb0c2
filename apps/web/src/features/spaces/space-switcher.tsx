import { useId } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { t } from '../../lib/i18n';
import { switchSpacePath } from './space-paths';
import { useSpaces } from './use-spaces';

/** "Space": jumps between the spaces you belong to; hidden until you have one. */
export function SpaceSwitcher({ currentSpaceId }: { currentSpaceId: string | undefined }) {
  const id = useId();
  const spaces = useSpaces();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = spaces.data?.items ?? [];
  if (items.length === 0) return null;

  const value = items.some((space) => space.id === currentSpaceId) ? currentSpaceId : '';
  return (
    <div className="space-switcher">
      <label className="visually-hidden" htmlFor={id}>
        {t('shell.space')}
      </label>
      <select
        id={id}
        className="input select"
        value={value}
        onChange={(event) => void navigate(switchSpacePath(pathname, event.target.value))}
      >
        {value === '' ? (
          <option value="" disabled>
            {t('shell.chooseSpace')}
          </option>
        ) : null}
        {items.map((space) => (
          <option key={space.id} value={space.id}>
            {space.name}
          </option>
        ))}
      </select>
    </div>
  );
}
