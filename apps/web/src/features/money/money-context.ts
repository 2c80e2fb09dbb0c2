import type { IncomesView, Member, MoneySettings } from '@tandem/shared';

/** What every part of the Money page works with, loaded once by the page. */
export interface MoneyContext {
  spaceId: string;
  myId: string;
  timeZone: string;
  today: string;
  members: readonly Member[];
  settings: MoneySettings;
  incomes: IncomesView['items'];
}
