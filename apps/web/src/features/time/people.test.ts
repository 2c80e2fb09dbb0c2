import { describe, expect, it } from 'vitest';
import { ALEX, SAM, members } from '../../lib/member-test-data';
import { meFirst, nameOf, personName, takingPart } from './people';

describe('people', () => {
  it('names members, and someone who left as a former member', () => {
    expect(nameOf(members, SAM)).toBe('Sam');
    expect(nameOf(members, 'gone')).toBe('Former member');
    expect(personName(members, ALEX, ALEX)).toBe('You');
  });

  it('puts me first', () => {
    expect(meFirst([SAM, ALEX], ALEX)).toEqual([ALEX, SAM]);
    expect(meFirst([SAM], ALEX)).toEqual([SAM]);
  });

  it('says who takes part', () => {
    expect(takingPart([ALEX], members, ALEX)).toBe('Just you');
    expect(takingPart([SAM], members, ALEX)).toBe('Just Sam');
    expect(takingPart([SAM, ALEX], members, ALEX)).toBe('You and Sam');
  });
});
