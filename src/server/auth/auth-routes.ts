import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RateLimit } from '../config.ts';
import { ApiFailure } from '../http/api-failure.ts';
import type { Store } from '../store/store.ts';
import { authenticate, bearerToken, signedInUser } from './authenticate.ts';
import { verifyPassword } from './passwords.ts';
import { issueToken, revokeToken } from './tokens.ts';
import { findUserByLogin } from './users.ts';

const loginSchema = z.object({
  login: z.string().trim().min(1, 'Укажите имя пользователя').max(100),
  password: z.string().min(1, 'Укажите пароль').max(200),
});

// checked when the login is unknown too, so the answer takes as long either way
const DUMMY_HASH =
  'scrypt$32768$8$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export function registerAuthRoutes(app: FastifyInstance, store: Store, limit: RateLimit): void {
  app.post(
    '/api/auth/login',
    {
      config: {
        rateLimit: {
          max: limit.max,
          timeWindow: limit.timeWindowMs,
          hook: 'preHandler',
          keyGenerator: (request) => {
            const login = (request.body as { login?: unknown } | undefined)?.login;
            return `${request.ip}|${typeof login === 'string' ? login.trim().toLowerCase() : ''}`;
          },
        },
      },
    },
    async (request) => {
      const { login, password } = loginSchema.parse(request.body);
      const user = await findUserByLogin(store, login);
      const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !ok)
        throw new ApiFailure(401, 'bad_credentials', 'Неверное имя пользователя или пароль');
      const token = await issueToken(store, user.id);
      const { passwordHash: _hash, ...publicUser } = user;
      return { token, user: publicUser };
    },
  );

  app.post('/api/auth/logout', { onRequest: authenticate(store) }, async (request, reply) => {
    const token = bearerToken(request);
    if (token) await revokeToken(store, token);
    return reply.code(204).send();
  });

  app.get('/api/auth/me', { onRequest: authenticate(store) }, async (request) => ({
    user: signedInUser(request),
  }));
}
