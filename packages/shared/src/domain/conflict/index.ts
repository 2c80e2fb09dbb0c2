export * from './coach';
export * from './coach-rules.en';
