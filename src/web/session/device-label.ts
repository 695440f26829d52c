const BROWSERS: readonly [RegExp, string][] = [
  [/YaBrowser\/(\d+)/, 'Yandex Browser'],
  [/Edg\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/Chrome\/(\d+)/, 'Chrome'],
  [/Version\/(\d+).*Safari/, 'Safari'],
];
const SYSTEMS: readonly [RegExp, string][] = [
  [/Windows NT 10/, 'Windows 10/11'],
  [/Windows NT 6\.1/, 'Windows 7'],
  [/Windows/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Mac OS X/, 'macOS'],
  [/Linux/, 'Linux'],
];

/**
 * How the device names itself in the person's list of signed-in devices, e.g. «Chrome 109,
 * Windows 7»: enough to tell the library PC from a phone, nothing that identifies the person.
 */
export function deviceLabel(userAgent: string): string | undefined {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent));
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const version = browser ? browser[0].exec(userAgent)?.[1] : undefined;
  const name = browser ? `${browser[1]}${version ? ` ${version}` : ''}` : undefined;
  const label = [name, system].filter(Boolean).join(', ');
  return label || undefined;
}
