import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { t } from '../../lib/i18n';
import { switchSpacePath } from './space-paths';
import { useSpaces } from './use-spaces';

/**
 * "Space": the spaces you belong to, as links in a disclosure; hidden until you have one. Not a
 * <select> that navigates on change: there every arrow key press would leave the page before
 * a keyboard user reached the space they wanted (WCAG 3.2.2).
 */
export function SpaceSwitcher({ currentSpaceId }: { currentSpaceId: string | undefined }) {
  const spaces = useSpaces();
  const { pathname } = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);

  // Like any menu, it closes on a click or tap elsewhere.
  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      const details = menu.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, []);

  const items = spaces.data?.items ?? [];
  if (items.length === 0) return null;
  const current = items.find((space) => space.id === currentSpaceId);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };

  return (
    <details
      className="space-switcher"
      ref={menu}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !menu.current?.open) return;
        close();
        menu.current.querySelector('summary')?.focus();
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) close();
      }}
    >
      <summary
        className="space-switcher__toggle"
        aria-label={current ? t('shell.spaceMenu', { name: current.name }) : undefined}
      >
        <span className="space-switcher__name">{current?.name ?? t('shell.chooseSpace')}</span>
      </summary>
      <ul className="space-switcher__menu">
        {items.map((space) => (
          <li key={space.id}>
            <Link
              to={switchSpacePath(pathname, space.id)}
              aria-current={space.id === current?.id ? 'true' : undefined}
              onClick={close}
            >
              {space.name}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
