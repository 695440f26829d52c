import type { FastifyInstance } from 'fastify';
import {
  PROTOCOL_VERSION,
  syncRequestSchema,
  type SyncResponse,
} from '../../shared/sync/protocol.ts';
import { authenticate, signedInUser } from '../auth/authenticate.ts';
import { ApiFailure } from '../http/api-failure.ts';
import type { Store } from '../store/store.ts';
import { recordDeviceSync } from './device-syncs.ts';
import { pullChanges } from './pull-changes.ts';
import { mismatchedCollections, repairPage } from './scope-check.ts';
import type { ServerClock } from './server-clock.ts';
import { applyBatch } from './sync-batch.ts';

export function registerSyncRoutes(
  app: FastifyInstance,
  store: Store,
  clock: ServerClock,
  storeId: string,
): void {
  app.post(
    '/api/sync',
    { onRequest: authenticate(store) },
    async (request): Promise<SyncResponse> => {
      const receivedAt = Date.now();
      const user = signedInUser(request);
      const body = request.body as { protocol?: unknown } | null;
      if (body?.protocol !== undefined && body.protocol !== PROTOCOL_VERSION)
        throw new ApiFailure(
          400,
          'protocol_mismatch',
          'Версия программы устарела: обновите страницу',
        );
      const { clientId, cursor, mutations, schemaVersion, digest, repair, device } =
        syncRequestSchema.parse(request.body);
      await recordDeviceSync(store, user, clientId, device);
      const writer = { user, clientId, knowsMidReused: schemaVersion !== undefined };
      const applying = performance.now();
      const { acks, rejected } = await applyBatch(store, clock, writer, mutations, request.log);
      app.syncMetrics.batch(
        mutations.length,
        rejected.map((rejection) => rejection.code),
        (performance.now() - applying) / 1000,
      );
      // after the commit: the advisory lock guarantees no lower seq can still appear
      const page = await pullChanges(store, user, clientId, cursor);
      const response: SyncResponse = {
        acks,
        rejected,
        ...page,
        serverTime: 0,
        receivedAt,
        storeId,
      };
      if (repair) response.repair = await repairPage(store, user, repair);
      if (digest) {
        // a digest only compares once the client holds everything: nothing sent, nothing new
        const settled = mutations.length === 0 && page.changes.length === 0 && !page.more;
        response.digest = settled
          ? { checked: true, mismatched: await mismatchedCollections(store, user, digest) }
          : { checked: false, mismatched: [] };
      }
      response.serverTime = Date.now();
      return response;
    },
  );
}
