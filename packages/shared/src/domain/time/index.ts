export * from './calendar-event';
export * from './event-recurrence';
export * from './occurrences';
export * from './weekly-balance';
export * from './ics-write';
export * from './date-ideas';
