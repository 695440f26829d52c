import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/server-process.ts';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: REPO, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// .ci/run installs both; elsewhere the check is skipped, not faked
describe('the deploy files in the repo pass their own tools’ checks', () => {
  it.skipIf(!has('systemd-analyze'))(
    'systemd-analyze verify: the server unit and the nightly backup timer, without a warning',
    () => {
      const verify = run('systemd-analyze', [
        'verify',
        'deploy/sopka.service',
        'deploy/sopka-backup.service',
        'deploy/sopka-backup.timer',
      ]);
      // it exits 0 on a misspelt setting, only warning about it
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);
    },
  );

  it.skipIf(!has('caddy'))('caddy validate: the reverse proxy with automatic HTTPS', () => {
    const validate = run('caddy', [
      'validate',
      '--config',
      'deploy/Caddyfile',
      '--adapter',
      'caddyfile',
    ]);
    expect(validate.stdout + validate.stderr).toContain('Valid configuration');
    expect(validate.status).toBe(0);
  });

  it('the unit restarts on failure, as its own user, on the data dir, trusting only the local proxy', () => {
    const unit = readFileSync(`${REPO}/deploy/sopka.service`, 'utf8');
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^User=sopka$/m);
    expect(unit).toMatch(/^Environment=SOPKA_DATA_DIR=\/var\/lib\/sopka\/data$/m);
    expect(unit).toMatch(/^Environment=SOPKA_TRUST_PROXY=127\.0\.0\.1$/m);
    expect(readFileSync(`${REPO}/deploy/Caddyfile`, 'utf8')).toMatch(
      /reverse_proxy 127\.0\.0\.1:8080/,
    );
  });
});
