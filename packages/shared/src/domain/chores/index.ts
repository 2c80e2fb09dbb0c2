export * from './allocate-chores';
export * from './fairness-certificate';
export * from './chore-cost';
export * from './starter-responsibilities';
