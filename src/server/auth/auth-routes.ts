import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { unsafeTextProblem } from '../../shared/model/unsafe-text.ts';
import type { SignInLimits } from '../config.ts';
import { ApiFailure } from '../http/api-failure.ts';
import type { Store } from '../store/store.ts';
import { authenticate, bearerToken, signedInUser } from './authenticate.ts';
import { issueKnownDevice, knownDeviceOf } from './known-devices.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';
import { SignInGuard } from './sign-in-guard.ts';
import { issueToken, revokeToken } from './tokens.ts';
import { findUserByLogin } from './users.ts';

const safeText = (text: string) => unsafeTextProblem(text) === undefined;

const loginSchema = z.object({
  // PostgreSQL text refuses a NUL: a login pasted with one is a typo, not a server error
  login: z
    .string()
    .trim()
    .min(1, 'Укажите имя пользователя')
    .max(100)
    .refine(safeText, 'Имя пользователя содержит недопустимый символ: наберите его заново'),
  password: z.string().min(1, 'Укажите пароль').max(200),
  // a device label or ticket that is no good is dropped, never a reason to refuse the sign-in
  deviceLabel: z.string().trim().min(1).max(100).refine(safeText).optional().catch(undefined),
  deviceTicket: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/)
    .optional()
    .catch(undefined),
});

export function registerAuthRoutes(app: FastifyInstance, store: Store, limits: SignInLimits): void {
  const guard = new SignInGuard(limits);
  const dummy = dummyPasswordHash();

  app.post('/api/auth/login', async (request, reply) => {
    const { login, password, deviceLabel, deviceTicket } = loginSchema.parse(request.body);
    const knownDevice = deviceTicket ? await knownDeviceOf(store, deviceTicket, login) : undefined;
    const admission = guard.admit(login, request.ip, knownDevice);
    if (!admission.ok) {
      const seconds = Math.ceil(admission.waitMs / 1000);
      reply.header('retry-after', String(seconds));
      throw new ApiFailure(
        429,
        'rate_limited',
        `Слишком много попыток входа, повторите через ${seconds} с`,
      );
    }
    const user = await findUserByLogin(store, login);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummy));
    if (!user || !ok)
      throw new ApiFailure(401, 'bad_credentials', 'Неверное имя пользователя или пароль');
    admission.attempt.giveBack();
    // said only to whoever knows the password, so it tells a guesser nothing
    if (user.disabled)
      throw new ApiFailure(
        403,
        'account_disabled',
        'Вход отключён администратором. Обратитесь в региональный центр.',
      );
    const device =
      knownDevice && deviceTicket
        ? { ticket: deviceTicket, hash: knownDevice }
        : await issueKnownDevice(store, user.id);
    const token = await issueToken(store, user.id, {
      label: deviceLabel,
      knownDevice: device.hash,
    });
    const { passwordHash: _hash, disabled: _disabled, ...publicUser } = user;
    return { token, deviceTicket: device.ticket, user: publicUser };
  });

  app.post('/api/auth/logout', { onRequest: authenticate(store) }, async (request, reply) => {
    const token = bearerToken(request);
    if (token) await revokeToken(store, token);
    return reply.code(204).send();
  });

  app.get('/api/auth/me', { onRequest: authenticate(store) }, async (request) => ({
    user: signedInUser(request),
  }));
}
