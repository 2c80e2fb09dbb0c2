import { describe, expect, it } from 'vitest';
import { homePath, spacePath, switchSpacePath } from './space-paths';

describe('homePath', () => {
  it('returns to the last space while still a member', () => {
    expect(homePath(['a', 'b'], 'b')).toBe('/s/b');
  });

  it('falls back to the list when there is no last space or it was left', () => {
    expect(homePath(['a'], undefined)).toBe('/spaces');
    expect(homePath(['a'], 'gone')).toBe('/spaces');
    expect(homePath([], 'a')).toBe('/spaces');
  });
});

describe('switchSpacePath', () => {
  it('keeps the members page when switching from it', () => {
    expect(switchSpacePath('/s/a/members', 'b')).toBe('/s/b/members');
  });

  it('keeps the chores page when switching from it', () => {
    expect(switchSpacePath('/s/a/chores', 'b')).toBe('/s/b/chores');
  });

  it('keeps the money page when switching from it', () => {
    expect(switchSpacePath('/s/a/money', 'b')).toBe('/s/b/money');
  });

  it('keeps the time page when switching from it', () => {
    expect(switchSpacePath('/s/a/time', 'b')).toBe('/s/b/time');
  });

  it('goes to the day view from anywhere else', () => {
    expect(switchSpacePath('/s/a', 'b')).toBe('/s/b');
    expect(switchSpacePath('/settings', 'b')).toBe('/s/b');
    expect(switchSpacePath('/spaces/new', 'b')).toBe('/s/b');
  });

  it('encodes the id', () => {
    expect(spacePath('a b', 'members')).toBe('/s/a%20b/members');
  });
});
