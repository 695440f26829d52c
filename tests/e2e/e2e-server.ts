import { spawn, type ChildProcess } from 'node:child_process';
import { centreId, type CentreKey } from '../../src/server/seed/seed-centres.ts';

/** Created before the e2e server starts; each spec has its own centre, so specs share no data. */
export const E2E_PASSWORD = 'кедровый-стланик-e2e';

export const E2E_USERS = {
  a11y: { login: 'kovran-librarian', centre: 'kovran' },
  offline: { login: 'sedanka-librarian', centre: 'sedanka' },
  settings: { login: 'lesnaya-librarian', centre: 'lesnaya' },
  readingRoom: { login: 'tigil-reading-room', centre: 'tigil' },
  office: { login: 'tigil-office', centre: 'tigil' },
  otherCentre: { login: 'ust-khairyuzovo-librarian', centre: 'ust-khairyuzovo' },
  trainings: { login: 'palana-librarian', centre: 'palana' },
  checklists: { login: 'tigil-checklists', centre: 'tigil' },
  initiativeGroup: { login: 'voyampolka-librarian', centre: 'voyampolka' },
  initiativeHome: { login: 'voyampolka-reading-room', centre: 'voyampolka' },
  unsavedInput: { login: 'khairyuzovo-librarian', centre: 'khairyuzovo' },
  offlineSignIn: { login: 'khairyuzovo-reading-room', centre: 'khairyuzovo' },
  syncFeedback: { login: 'khairyuzovo-office', centre: 'khairyuzovo' },
  firefox: { login: 'lesnaya-firefox', centre: 'lesnaya' },
  home: {
    login: 'sedanka-home',
    centre: 'sedanka',
    name: 'Анна Петрова',
    position: 'библиотекарь Седанкинской библиотеки',
  },
} as const satisfies Record<
  string,
  { login: string; centre: CentreKey; name?: string; position?: string }
>;

export const SERVER_ENV = {
  HOST: '127.0.0.1',
  SOPKA_DEMO: '1',
  LOG_LEVEL: 'warn',
} as const;

/** Shell commands that create the users (the server must not be running: PGlite has one owner). */
export function createUsersCommand(): string {
  return Object.values(E2E_USERS)
    .map((user) => {
      const named = 'name' in user ? ` --name '${user.name}' --position '${user.position}'` : '';
      return `node build/server/cli/user-add.js --login ${user.login}${named} --password '${E2E_PASSWORD}' --role staff --centre ${centreId(user.centre)}`;
    })
    .join(' && ');
}

/** The built server (`npm run build` ran for the webServer) as a process this test controls. */
export class ServerProcess {
  private child: ChildProcess | null = null;

  constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['build/server/main.js'], {
      env: { ...process.env, ...SERVER_ENV, PORT: String(this.port), SOPKA_DATA_DIR: this.dataDir },
      stdio: 'ignore',
    });
    const deadline = Date.now() + 180_000; // initdb on a fresh data dir is slow on a loaded machine
    while (Date.now() < deadline) {
      const healthy = await fetch(`${this.baseUrl}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (healthy) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`server on ${this.port} did not start`);
  }

  /** SIGTERM, as an administrator restarting the service would; resolves once it has exited. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
