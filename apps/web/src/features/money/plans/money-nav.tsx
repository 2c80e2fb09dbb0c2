import { NavLink } from 'react-router';
import { t } from '../../../lib/i18n';

export const moneyPath = (spaceId: string) => `/s/${encodeURIComponent(spaceId)}/money`;
export const plansPath = (spaceId: string) => `${moneyPath(spaceId)}/plans`;
export const insightsPath = (spaceId: string) => `${moneyPath(spaceId)}/insights`;
export const importPath = (spaceId: string) => `${moneyPath(spaceId)}/import`;

/**
 * Between the money pages — the ledger, the plans, where it goes, import and export — the page
 * we are on marked as current. Shown on each of them, so any leads to the others.
 */
export function MoneyNav({ spaceId }: { spaceId: string }) {
  return (
    <nav className="page-tabs" aria-label={t('money.plans.nav')}>
      <ul>
        <li>
          <NavLink to={moneyPath(spaceId)} end>
            {t('money.plans.nav.ledger')}
          </NavLink>
        </li>
        <li>
          <NavLink to={plansPath(spaceId)}>{t('money.plans.nav.plans')}</NavLink>
        </li>
        <li>
          <NavLink to={insightsPath(spaceId)}>{t('money.nav.insights')}</NavLink>
        </li>
        <li>
          <NavLink to={importPath(spaceId)}>{t('money.nav.import')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
