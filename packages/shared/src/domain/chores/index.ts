export * from './allocate-chores';
export * from './fairness-certificate';
