import { describe, expect, it } from 'vitest';
import { parseEventMessage, spaceEventsUrl } from './realtime-url';

describe('spaceEventsUrl', () => {
  it('uses wss under https and ws under http, on the page host', () => {
    expect(spaceEventsUrl({ protocol: 'https:', host: 'us.example:8443' }, 'abc')).toBe(
      'wss://us.example:8443/api/v1/spaces/abc/events',
    );
    expect(spaceEventsUrl({ protocol: 'http:', host: 'localhost:5173' }, 'abc')).toBe(
      'ws://localhost:5173/api/v1/spaces/abc/events',
    );
  });

  it('encodes the space id', () => {
    expect(spaceEventsUrl({ protocol: 'http:', host: 'h' }, 'a/b')).toBe(
      'ws://h/api/v1/spaces/a%2Fb/events',
    );
  });
});

describe('parseEventMessage', () => {
  it('parses JSON text and rejects anything else', () => {
    expect(parseEventMessage('{"entity":"checkin"}')).toEqual({ entity: 'checkin' });
    expect(parseEventMessage('not json')).toBeUndefined();
    expect(parseEventMessage(new ArrayBuffer(2))).toBeUndefined();
  });
});
