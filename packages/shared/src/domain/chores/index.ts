export * from './allocate-chores';
export * from './fairness-certificate';
export * from './chore-cost';
export * from './starter-responsibilities';
export * from './recurrence';
export * from './chore-shares';
export * from './load-over-time';
