import type { FastifyRequest } from 'fastify';
import { ApiFailure } from '../http/api-failure.ts';
import type { Store } from '../store/store.ts';
import { userForToken } from './tokens.ts';
import type { User } from './users.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
  }
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/** An onRequest hook, so a request without a valid token is refused before its body is read. */
export function authenticate(store: Store) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = bearerToken(request);
    const user = token ? await userForToken(store, token) : undefined;
    if (!user)
      throw new ApiFailure(401, 'unauthorized', 'Войдите заново: вход не выполнен или устарел');
    request.user = user;
  };
}

export function signedInUser(request: FastifyRequest): User {
  if (!request.user) throw new ApiFailure(401, 'unauthorized', 'Вход не выполнен');
  return request.user;
}
