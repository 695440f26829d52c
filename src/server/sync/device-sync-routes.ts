import type { FastifyInstance } from 'fastify';
import type { DeviceSyncsResponse } from '../../shared/sync/device-syncs.ts';
import { authenticate, signedInUser } from '../auth/authenticate.ts';
import { ApiFailure } from '../http/api-failure.ts';
import type { Store } from '../store/store.ts';
import { listDeviceSyncs } from './device-syncs.ts';

/** The region's overview of every centre's PCs; a centre's staff may not see the others. */
export function registerDeviceSyncRoutes(app: FastifyInstance, store: Store): void {
  app.get(
    '/api/region/devices',
    { onRequest: authenticate(store) },
    async (request, reply): Promise<DeviceSyncsResponse> => {
      if (signedInUser(request).role !== 'regional')
        throw new ApiFailure(
          403,
          'forbidden',
          'Обзор центров доступен только региональному центру',
        );
      reply.header('cache-control', 'private, no-store');
      return { serverTime: new Date().toISOString(), devices: await listDeviceSyncs(store) };
    },
  );
}
