import type { NetworkInterfaceInfo } from 'node:os';

export interface ListenUrl {
  url: string;
  /** Who can open it: this computer only, or the library's network. */
  reach: 'this-computer' | 'network';
}

const ANY = new Set(['0.0.0.0', '::']);
const LOOPBACK = /^(127\.|::1$)/;

const urlOf = (address: string, port: number, family: string | number) =>
  family === 'IPv6' || family === 6 || address.includes(':')
    ? `http://[${address}]:${port}`
    : `http://${address}:${port}`;

/**
 * The addresses people can type, from what the socket is really bound to: a wildcard bind is
 * shown as this computer plus each of its network addresses (IPv4; IPv6 too when bound to `::`).
 */
export function listenUrls(
  bound: { address: string; port: number; family: string },
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>,
): ListenUrl[] {
  const { address, port } = bound;
  if (!ANY.has(address))
    return [
      {
        url: urlOf(address, port, bound.family),
        reach: LOOPBACK.test(address) ? 'this-computer' : 'network',
      },
    ];
  const families = address === '::' ? ['IPv4', 'IPv6'] : ['IPv4'];
  const lan = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((info) => !info.internal && families.includes(String(info.family)))
    // link-local IPv6 needs a zone id in the URL: nobody types that
    .filter((info) => !info.address.startsWith('fe80:'))
    .map((info): ListenUrl => ({ url: urlOf(info.address, port, info.family), reach: 'network' }));
  return [{ url: `http://127.0.0.1:${port}`, reach: 'this-computer' }, ...lan];
}

export function describeListenUrls(urls: readonly ListenUrl[]): string[] {
  return urls.map(
    (entry) =>
      `Сопка работает: ${entry.url} (${entry.reach === 'this-computer' ? 'с этого компьютера' : 'из сети библиотеки'})`,
  );
}
