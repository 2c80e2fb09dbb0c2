import { NavLink } from 'react-router';
import { t } from '../../../lib/i18n';

const moneyPath = (spaceId: string) => `/s/${encodeURIComponent(spaceId)}/money`;
export const plansPath = (spaceId: string) => `${moneyPath(spaceId)}/plans`;

/**
 * Between the ledger and the plans: two links, the page we are on marked as current. Made to be
 * shown on both pages, so either leads to the other.
 */
export function MoneyNav({ spaceId }: { spaceId: string }) {
  return (
    <nav className="money-nav" aria-label={t('money.plans.nav')}>
      <ul>
        <li>
          <NavLink to={moneyPath(spaceId)} end>
            {t('money.plans.nav.ledger')}
          </NavLink>
        </li>
        <li>
          <NavLink to={plansPath(spaceId)}>{t('money.plans.nav.plans')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
