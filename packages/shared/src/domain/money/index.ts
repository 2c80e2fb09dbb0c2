export * from './split-amount';
export * from './settle-up';
