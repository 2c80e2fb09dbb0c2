export * from './errors';
export * from './events';
export * from './contracts/common';
export * from './contracts/auth';
export * from './contracts/spaces';
export * from './contracts/checkins';
export * from './domain/reveal-together';
export * from './domain/local-date';
