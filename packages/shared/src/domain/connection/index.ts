export * from './live-session';
