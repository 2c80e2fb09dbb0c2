export interface DeviceDescription {
  browser: string | undefined;
  os: string | undefined;
}

// Order matters: Edge and Opera also say "Chrome", and Chrome also says "Safari".
const browsers: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const systems: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** A rough "Firefox on Android" from a User-Agent header, enough to recognise one's devices. */
export function describeUserAgent(userAgent: string | null | undefined): DeviceDescription {
  if (!userAgent) return { browser: undefined, os: undefined };
  return {
    browser: browsers.find(([pattern]) => pattern.test(userAgent))?.[1],
    os: systems.find(([pattern]) => pattern.test(userAgent))?.[1],
  };
}
