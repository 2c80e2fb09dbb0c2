import { describe, expect, it } from 'vitest';
import { decodeLastSpace, encodeLastSpace } from './last-space';

describe('the last space of a person', () => {
  it('comes back for the person who stored it', () => {
    expect(decodeLastSpace(encodeLastSpace('alex', 's1'), 'alex')).toBe('s1');
  });

  it('is nobody else’s starting point on a shared device', () => {
    expect(decodeLastSpace(encodeLastSpace('alex', 's1'), 'kim')).toBeUndefined();
  });

  it('ignores nothing stored, junk and values of an older shape', () => {
    for (const raw of [null, '', 'not json', 'null', '"s1"', '{"userId":"alex"}']) {
      expect(decodeLastSpace(raw, 'alex')).toBeUndefined();
    }
  });
});
