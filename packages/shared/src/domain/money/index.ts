export * from './split-amount';
export * from './settle-up';
export * from './split-rules';
export * from './balances';
export * from './budgets';
export * from './minor-units';
