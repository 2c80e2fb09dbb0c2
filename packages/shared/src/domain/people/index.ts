export * from './rhythm';
export * from './together';
