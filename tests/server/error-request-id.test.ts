import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandlers } from '../../src/server/http/error-handlers.ts';

describe('a server error', () => {
  it('tells the person a number that finds the request in the log, and nothing internal', async () => {
    const lines: string[] = [];
    const app = Fastify({
      logger: { level: 'error', stream: { write: (line: string) => lines.push(line) } },
      genReqId: () => 'req-7f3a',
    });
    registerErrorHandlers(app);
    app.get('/boom', () => {
      throw new Error('relation "records" does not exist');
    });
    const answer = await app.inject({ url: '/boom' });
    expect(answer.statusCode).toBe(500);
    expect(answer.json()).toEqual({
      error: { code: 'internal', message: 'Внутренняя ошибка сервера. Номер запроса: req-7f3a' },
    });
    const logged = lines.map((line) => JSON.parse(line) as { reqId?: string; err?: object });
    expect(logged.find((line) => line.err)?.reqId).toBe('req-7f3a');
    await app.close();
  });
});
