import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { addMonths, monthInWords, type Month } from './plan-dates';

interface MonthSwitcherProps {
  month: Month;
  thisMonth: Month;
  onChange: (month: Month) => void;
}

/**
 * The month on show, between "Previous month" and "Next month"; "This month" brings it back.
 * The month's name is a live region, so moving is announced where the buttons stay focused.
 */
export function MonthSwitcher({ month, thisMonth, onChange }: MonthSwitcherProps) {
  return (
    <div className="month-switcher" role="group" aria-label={t('money.plans.month.nav')}>
      <Button
        variant="secondary"
        className="month-switcher__prev"
        onClick={() => onChange(addMonths(month, -1))}
      >
        <span aria-hidden="true">← </span>
        {t('money.plans.month.previous')}
      </Button>
      <p className="month-switcher__month" aria-live="polite">
        {monthInWords(month)}
      </p>
      <Button
        variant="secondary"
        className="month-switcher__next"
        onClick={() => onChange(addMonths(month, 1))}
      >
        {t('money.plans.month.next')}
        <span aria-hidden="true"> →</span>
      </Button>
      {month !== thisMonth ? (
        <Button
          variant="quiet"
          className="month-switcher__current"
          onClick={() => onChange(thisMonth)}
        >
          {t('money.plans.month.current')}
        </Button>
      ) : null}
    </div>
  );
}
