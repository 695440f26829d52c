// Runs the server as a child and never leaves it behind: stop signals are passed on, the
// parent exits with the child, and the child stops on its own when this process is killed
// outright (it watches the IPC channel). `node scripts/supervise.mjs CMD ARGS…` runs any entry.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { pathToFileURL } from 'node:url';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'];

/** A process's parent and command line, from Linux /proc; undefined elsewhere or once gone. */
function processInfo(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    return { parent, command };
  } catch {
    return undefined;
  }
}

/**
 * `npm start` runs us as npm → sh -c → this. npm killed outright (SIGKILL) forwards nothing
 * and leaves the shell waiting on us, so we watch that npm is still the one above; started any
 * other way (nohup, a service manager) nothing is watched but our own signals.
 */
function onNpmGone(stop) {
  const parent = processInfo(process.ppid);
  if (!parent) return;
  const npmAbove = (info) => info !== undefined && /\bnpm\b/.test(info.command);
  const [below, npm] = npmAbove(parent)
    ? [process.pid, process.ppid]
    : npmAbove(processInfo(parent.parent))
      ? [process.ppid, parent.parent]
      : [];
  if (npm === undefined) return;
  setInterval(() => {
    if (processInfo(below)?.parent !== npm) stop();
  }, 1000).unref();
}

export function supervise(command, args, options = {}) {
  const child = spawn(command, args, {
    ...options,
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  const stop = () => child.kill('SIGTERM');
  for (const signal of STOP_SIGNALS) process.on(signal, stop);
  onNpmGone(stop);
  child.on('error', (error) => {
    console.error(`Сопка не запустилась: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
  });
  return child;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: node scripts/supervise.mjs COMMAND [ARGS…]');
    process.exit(2);
  }
  supervise(command, args);
}
