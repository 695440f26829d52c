import { chmod, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Store } from '../store/store.ts';
import { writeBackup } from './write-backup.ts';

/**
 * The server's door for the administrator's commands on this machine: a Unix socket in the
 * data dir, readable only by the server's user. PGlite lets one process open its data dir, so
 * a backup of a running server has to be taken by the server itself.
 */
export const adminSocketPath = (dataDir: string) => join(dataDir, 'admin.sock');

// sockaddr_un's sun_path is 108 bytes on Linux, with the terminating NUL
const MAX_SOCKET_PATH = 107;

export interface AdminSocketLog {
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface AdminSocket {
  close(): Promise<void>;
}

/** True when a live server answers on the socket (then this one must not take it over). */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request({ socketPath: path, path: '/ping', method: 'GET' }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.on('error', () => resolve(false));
    probe.end();
  });
}

export async function startAdminSocket(
  dataDir: string,
  store: Store,
  log: AdminSocketLog,
): Promise<AdminSocket | undefined> {
  const path = adminSocketPath(dataDir);
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) {
    log.warn(
      { path },
      'Путь к каталогу данных слишком длинный для сокета: копия только при остановленном сервере',
    );
    return undefined;
  }
  if (await answers(path)) {
    log.warn({ path }, 'Другой сервер Сопки уже отвечает на сокете администратора');
    return undefined;
  }
  await rm(path, { force: true }); // left by a server that crashed
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/backup') {
      res.writeHead(200, { 'content-type': 'application/gzip' });
      writeBackup(res, store, join(dataDir, 'blobs')).catch((error: unknown) => {
        log.error({ err: error }, 'Сопка: резервная копия не записана');
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      });
      return;
    }
    res.writeHead(req.url === '/ping' ? 200 : 404).end();
  });
  try {
    // created 0600 from the start: whoever can connect gets a full backup
    const umask = process.umask(0o077);
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(path, resolve);
      });
    } finally {
      process.umask(umask);
    }
    await chmod(path, 0o600);
  } catch (error) {
    // the server still serves the PCs; only a backup while it runs is unavailable
    log.warn(
      { err: error, path },
      'Сокет администратора не открыт: копия только при остановленном сервере',
    );
    server.close();
    return undefined;
  }
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}

/** Asks the running server for a backup; 'no-server' when none listens on the socket. */
export function backupFromServer(dataDir: string, out: Writable): Promise<'written' | 'no-server'> {
  return new Promise((resolve, reject) => {
    const ask = request({ socketPath: adminSocketPath(dataDir), path: '/backup' }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`сервер ответил ${response.statusCode}`));
        return;
      }
      pipeline(response, out).then(() => resolve('written'), reject);
    });
    ask.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') resolve('no-server');
      else reject(error);
    });
    ask.end();
  });
}
