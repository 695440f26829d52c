import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { forwardRequest, sleep } from '../net/forward-request.ts';

/** What crossed the wire between a client and the proxy: bytes are socket bytes, headers included. */
export interface WireCount {
  requests: number;
  up: number;
  down: number;
}

export interface CountingProxy {
  url: string;
  /** Latency added per round trip: half before the request goes on, half before the answer. */
  latencyMs: number;
  count(): WireCount;
  close(): Promise<void>;
}

/**
 * A loopback HTTP proxy in front of the servers `targetOf` picks by path, that counts requests and the client-side socket
 * bytes both ways (status lines and headers included), and plays a slow link's round trip.
 */
export async function startCountingProxy(
  targetOf: (path: string) => string,
  latencyMs = 0,
): Promise<CountingProxy> {
  const sockets = new Set<Socket>();
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void forward(Buffer.concat(chunks));
    });
    async function forward(body: Buffer): Promise<void> {
      await sleep(proxy.latencyMs / 2);
      const answer = await forwardRequest(targetOf(req.url ?? '/'), req, body).catch(() => null);
      await sleep(proxy.latencyMs / 2);
      if (!answer) return void res.writeHead(502).end();
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    }
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const proxy: CountingProxy = {
    url: `http://127.0.0.1:${port}`,
    latencyMs,
    count() {
      let up = 0;
      let down = 0;
      for (const socket of sockets) {
        up += socket.bytesRead;
        down += socket.bytesWritten;
      }
      return { requests, up, down };
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}

/** The wire used between two counts. */
export function wireSince(before: WireCount, after: WireCount): WireCount {
  return {
    requests: after.requests - before.requests,
    up: after.up - before.up,
    down: after.down - before.down,
  };
}
