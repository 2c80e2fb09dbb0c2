export * from './rank-options';
export * from './concessions';
