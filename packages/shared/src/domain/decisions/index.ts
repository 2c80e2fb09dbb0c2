export * from './rank-options';
