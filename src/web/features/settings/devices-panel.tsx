import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../i18n/format-date.ts';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import {
  fetchDevices,
  signOutDevice,
  type DevicesProblem,
  type SignedInDevice,
} from '../../session/devices-api.ts';
import { online } from '../../shell/online-status.ts';

const PROBLEM: Record<DevicesProblem, MessageKey> = {
  offline: 'devices.offline',
  unauthorized: 'devices.unauthorized',
  failed: 'devices.failed',
};

type View =
  | { kind: 'loading' }
  | { kind: 'list'; devices: SignedInDevice[] }
  | { kind: 'problem'; problem: DevicesProblem };

/** The devices signed in as this person, and signing one of them out: the server's list, so online only. */
export function DevicesPanel({ token }: { token: string | null }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [failure, setFailure] = useState<string | null>(null);
  const connected = online.value;

  const load = async (current: string) => {
    const result = await fetchDevices({ token: current });
    setView(
      result.ok
        ? { kind: 'list', devices: result.value }
        : { kind: 'problem', problem: result.problem },
    );
  };
  useEffect(() => {
    if (token && connected) void load(token);
  }, [token, connected]);

  const signOut = async (device: SignedInDevice) => {
    if (!token) return;
    const result = await signOutDevice(device.id, { token });
    setFailure(result.ok ? null : t(PROBLEM[result.problem]));
    if (result.ok) await load(token);
  };

  const body = () => {
    if (!token) return <p>{t('devices.unauthorized')}</p>;
    if (!connected) return <p>{t('devices.offline')}</p>;
    if (view.kind === 'loading') return <p>{t('devices.loading')}</p>;
    if (view.kind === 'problem') return <p role="alert">{t(PROBLEM[view.problem])}</p>;
    return (
      <ul class="device-list">
        {view.devices.map((device) => (
          <li key={device.id} data-testid="signed-in-device">
            <strong>{device.label ?? t('devices.unnamed')}</strong>
            {device.current && ` — ${t('devices.thisOne')}`}
            <br />
            <span class="note">
              {t('devices.dates', {
                signedIn: formatDateTime(device.createdAt),
                lastUsed: formatDateTime(device.lastUsedAt),
              })}
            </span>
            {!device.current && (
              <>
                {' '}
                <button type="button" onClick={() => void signOut(device)}>
                  {t('devices.signOut')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <section class="card" aria-labelledby="devices-title">
      <h2 id="devices-title">{t('devices.title')}</h2>
      {body()}
      {failure && (
        <p role="alert" class="form-error">
          {failure}
        </p>
      )}
    </section>
  );
}
