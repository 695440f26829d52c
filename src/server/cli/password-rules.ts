import { z } from 'zod';

/** Where `user:reset-password` takes the new password from when it is not typed or piped. */
export const NEW_PASSWORD_ENV = 'SOPKA_NEW_PASSWORD';

export const passwordSchema = z
  .string()
  .min(8, 'Пароль — не короче 8 символов')
  .max(200, 'Пароль — не длиннее 200 символов');
