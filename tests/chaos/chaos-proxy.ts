import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { forwardRequest, sleep, type UpstreamAnswer } from '../net/forward-request.ts';
import type { SeededRandom } from './seeded-random.ts';

export type Mischief = 'drop-request' | 'cut-response' | 'cut-midway' | 'duplicate' | 'delay';
const MISCHIEF: readonly Mischief[] = [
  'drop-request',
  'cut-response',
  'cut-midway',
  'duplicate',
  'delay',
];

export interface ChaosProxy {
  url: string;
  /** Share of requests that meet some mischief; 0 heals the network. */
  rate: number;
  /** Where requests go: changes when the server restarts on another port. */
  target: string;
  counts: Record<Mischief | 'passed' | 'refused', number>;
  /** Every answer of 500 or more the server gave, whatever the link did with it then. */
  serverErrors: { status: number; path: string; body: string }[];
  close(): Promise<void>;
}

/**
 * A satellite link at its worst: drops requests, loses answers after the server acted on them,
 * cuts answers midway, delivers a request twice at once, and delays. Seeded.
 */
export async function startChaosProxy(target: string, random: SeededRandom): Promise<ChaosProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void relay(Buffer.concat(chunks));
    });
    async function relay(body: Buffer): Promise<void> {
      const mischief = random.chance(proxy.rate) ? random.pick(MISCHIEF) : null;
      proxy.counts[mischief ?? 'passed']++;
      if (mischief === 'drop-request') return void req.socket.destroy();
      if (mischief === 'delay') await sleep(20 + random.below(200));
      const forward = async () => {
        const upstream = await forwardRequest(proxy.target, req, body);
        if (upstream.status >= 500)
          proxy.serverErrors.push({
            status: upstream.status,
            path: req.url ?? '',
            body: upstream.body.toString('utf8').slice(0, 200),
          });
        return upstream;
      };
      let answer: UpstreamAnswer;
      try {
        if (mischief === 'duplicate') {
          const [first, second] = await Promise.allSettled([forward(), forward()]);
          const settled = random.chance(0.5) ? first : second;
          if (settled.status === 'rejected') throw settled.reason;
          answer = settled.value;
        } else answer = await forward();
      } catch {
        proxy.counts.refused++;
        return void req.socket.destroy();
      }
      if (mischief === 'cut-response') return void req.socket.destroy();
      const headers = { ...answer.headers };
      if (mischief === 'cut-midway') {
        res.writeHead(answer.status, headers);
        res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
        await sleep(5);
        return void req.socket.destroy();
      }
      res.writeHead(answer.status, headers);
      res.end(answer.body);
    }
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const proxy: ChaosProxy = {
    url: `http://127.0.0.1:${port}`,
    rate: 0.3,
    target,
    counts: {
      'drop-request': 0,
      'cut-response': 0,
      'cut-midway': 0,
      duplicate: 0,
      delay: 0,
      passed: 0,
      refused: 0,
    },
    serverErrors: [],
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
