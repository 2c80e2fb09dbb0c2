export * from './live-session';
export * from './prompt-decks';
export * from './quiet-hours';
export * from './weekly-meeting';
