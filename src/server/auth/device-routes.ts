import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiFailure } from '../http/api-failure.ts';
import type { Store } from '../store/store.ts';
import { authenticate, bearerToken, signedInUser } from './authenticate.ts';
import { listDevices, revokeDevice } from './devices.ts';

const deviceParams = z.object({ id: z.string() });
const notFound = () =>
  new ApiFailure(404, 'not_found', 'Такого входа нет: возможно, он уже завершён');

/** A person's own signed-in devices: see them, sign one out. */
export function registerDeviceRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/auth/devices', { onRequest: authenticate(store) }, async (request) => ({
    devices: await listDevices(store, signedInUser(request).id, bearerToken(request) ?? ''),
  }));

  app.delete(
    '/api/auth/devices/:id',
    { onRequest: authenticate(store) },
    async (request, reply) => {
      const { id } = deviceParams.parse(request.params);
      if (!z.uuid().safeParse(id).success) throw notFound();
      if (!(await revokeDevice(store, signedInUser(request).id, id))) throw notFound();
      return reply.code(204).send();
    },
  );
}
