import { describe, expect, it } from 'vitest';
import { safeNextPath, withNext } from './next-path';

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/invite/abc.def')).toBe('/invite/abc.def');
    expect(safeNextPath('/s/1/members?x=1')).toBe('/s/1/members?x=1');
  });

  it('refuses anything that could leave the site', () => {
    for (const raw of [
      null,
      undefined,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/ok\nLocation: x',
    ]) {
      expect(safeNextPath(raw)).toBeUndefined();
    }
  });
});

describe('withNext', () => {
  it('carries the path to come back to', () => {
    expect(withNext('/login', '/invite/a.b')).toBe('/login?next=%2Finvite%2Fa.b');
  });

  it('drops a missing, home or unsafe next', () => {
    expect(withNext('/register', undefined)).toBe('/register');
    expect(withNext('/register', '/')).toBe('/register');
    expect(withNext('/login', '//evil.example')).toBe('/login');
  });
});
