import { describe, expect, it } from 'vitest';
import { serializeError } from './logging';

describe('serializeError', () => {
  it('keeps what explains an error and drops database fields that quote content', () => {
    const error = Object.assign(new Error('new row violates check constraint'), {
      code: '23514',
      detail: 'Failing row contains (…, MY PRIVATE NEED, …).',
      where: 'SQL statement',
      parameters: ['MY PRIVATE NEED'],
    });
    const logged = serializeError(error);
    expect(logged).toMatchObject({
      type: 'Error',
      message: 'new row violates check constraint',
      code: '23514',
    });
    expect(JSON.stringify(logged)).not.toContain('PRIVATE');
  });
});
