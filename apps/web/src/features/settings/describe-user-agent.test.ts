import { describe, expect, it } from 'vitest';
import { describeUserAgent } from './describe-user-agent';

describe('describeUserAgent', () => {
  it('recognises common browsers and systems', () => {
    const cases: [string, string, string][] = [
      [
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
        'Chrome',
        'Linux',
      ],
      [
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
        'Safari',
        'iOS',
      ],
      [
        'Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0',
        'Firefox',
        'Android',
      ],
      [
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
        'Edge',
        'Windows',
      ],
    ];
    for (const [userAgent, browser, os] of cases) {
      expect(describeUserAgent(userAgent)).toEqual({ browser, os });
    }
  });

  it('says nothing when it cannot tell', () => {
    expect(describeUserAgent(null)).toEqual({ browser: undefined, os: undefined });
    expect(describeUserAgent('curl/8.0')).toEqual({ browser: undefined, os: undefined });
  });
});
