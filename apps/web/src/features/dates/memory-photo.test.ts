import { PHOTO_MAX_BYTES } from '@tandem/shared';
import { describe, expect, it } from 'vitest';
import { base64OfDataUrl, PHOTO_ACCEPT, photoProblem } from './memory-photo';

describe('photoProblem', () => {
  it('takes a JPEG, PNG or WebP of up to 10 MB', () => {
    expect(photoProblem({ type: 'image/jpeg', size: 1000 })).toBeUndefined();
    expect(photoProblem({ type: 'image/webp', size: PHOTO_MAX_BYTES })).toBeUndefined();
    expect(PHOTO_ACCEPT).toBe('image/jpeg,image/png,image/webp');
  });

  it('refuses anything else, or anything larger, with the reason', () => {
    expect(photoProblem({ type: 'text/plain', size: 10 })).toBe('photo_unsupported');
    expect(photoProblem({ type: 'image/gif', size: 10 })).toBe('photo_unsupported');
    expect(photoProblem({ type: '', size: 10 })).toBe('photo_unsupported');
    expect(photoProblem({ type: 'image/png', size: PHOTO_MAX_BYTES + 1 })).toBe('photo_too_large');
  });
});

describe('base64OfDataUrl', () => {
  it('keeps the bytes and drops the prefix', () => {
    expect(base64OfDataUrl('data:image/jpeg;base64,/9j/4AAQ')).toBe('/9j/4AAQ');
    expect(base64OfDataUrl('abc=')).toBe('abc=');
  });
});
