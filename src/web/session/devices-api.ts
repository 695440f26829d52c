import { z } from 'zod';

const devicesSchema = z.object({
  devices: z.array(
    z.object({
      id: z.string(),
      createdAt: z.string(),
      lastUsedAt: z.string(),
      label: z.string().nullable(),
      current: z.boolean(),
    }),
  ),
});
export type SignedInDevice = z.infer<typeof devicesSchema>['devices'][number];

export type DevicesProblem = 'offline' | 'unauthorized' | 'failed';
export type DevicesResult<T> = { ok: true; value: T } | { ok: false; problem: DevicesProblem };

export interface DevicesOptions {
  token: string;
  fetch?: typeof fetch;
  baseUrl?: string;
}

async function call(
  path: string,
  method: 'GET' | 'DELETE',
  { token, fetch: send = (i, o) => fetch(i, o), baseUrl = '' }: DevicesOptions,
): Promise<DevicesResult<Response>> {
  try {
    const response = await send(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(20_000),
    });
    if (response.status === 401) return { ok: false, problem: 'unauthorized' };
    return { ok: true, value: response };
  } catch {
    return { ok: false, problem: 'offline' };
  }
}

/** The devices signed in as the person, newest use first: asks the server, so only online. */
export async function fetchDevices(
  options: DevicesOptions,
): Promise<DevicesResult<SignedInDevice[]>> {
  const answer = await call('/api/auth/devices', 'GET', options);
  if (!answer.ok) return answer;
  const parsed = devicesSchema.safeParse(await answer.value.json().catch(() => null));
  return parsed.success
    ? { ok: true, value: parsed.data.devices }
    : { ok: false, problem: 'failed' };
}

/** «Выйти на этом устройстве»: that device's token stops working at its next request. */
export async function signOutDevice(
  id: string,
  options: DevicesOptions,
): Promise<DevicesResult<null>> {
  const answer = await call(`/api/auth/devices/${encodeURIComponent(id)}`, 'DELETE', options);
  if (!answer.ok) return answer;
  // 404: it was signed out already, which is what the person wanted
  if (answer.value.ok || answer.value.status === 404) return { ok: true, value: null };
  return { ok: false, problem: 'failed' };
}
