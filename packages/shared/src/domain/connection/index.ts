export * from './live-session';
export * from './prompt-decks';
