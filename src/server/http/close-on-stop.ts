import type { FastifyInstance } from 'fastify';

/**
 * close() waits for every socket, and Fastify closes only those idle at the moment it begins:
 * a keep-alive socket whose answer was still going out then would hold the stop until the
 * drain timeout. So while stopping, each answer says `Connection: close`, and sockets that
 * fall idle anyway are closed as they do.
 */
export function closeConnectionsOnStop(app: FastifyInstance): void {
  let sweeping: NodeJS.Timeout | undefined;
  app.addHook('preClose', async () => {
    sweeping = setInterval(() => app.server.closeIdleConnections(), 200);
    sweeping.unref();
  });
  app.addHook('onSend', async (_request, reply) => {
    if (sweeping) reply.header('connection', 'close');
  });
  app.addHook('onClose', async () => {
    clearInterval(sweeping);
  });
}
