import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { describeIssues } from '../../shared/model/validate.ts';
import { ApiFailure, apiError } from './api-failure.ts';

const FASTIFY_ERRORS: Record<string, [status: number, code: string, message: string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too_large', 'Слишком большой запрос'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'Неподдерживаемый тип данных'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'bad_json', 'Пустое тело запроса'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'bad_json', 'Тело запроса — не JSON'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request', 'Неверная длина запроса'],
  FST_CP_ERR_INVALID_CONTENT: [400, 'bad_encoding', 'Не удалось распаковать запрос'],
  FST_CP_ERR_INVALID_CONTENT_ENCODING: [415, 'bad_encoding', 'Неподдерживаемое сжатие запроса'],
};

function describe(error: FastifyError): [status: number, code: string, message: string] {
  if (error instanceof ApiFailure) return [error.statusCode, error.code, error.message];
  if (error instanceof ZodError) return [400, 'invalid_body', describeIssues(error).message];
  const known = FASTIFY_ERRORS[error.code];
  if (known) return known;
  if (error instanceof SyntaxError && error.statusCode === 400)
    return [400, 'bad_json', 'Тело запроса — не JSON'];
  if (error.statusCode === 429) return [429, 'rate_limited', 'Слишком много запросов, подождите'];
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return [error.statusCode, 'bad_request', 'Неверный запрос'];
  return [500, 'internal', 'Внутренняя ошибка сервера'];
}

/** Every failure, anywhere, answers `{ error: { code, message } }` with a Russian message. */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const [status, code, described] = describe(error);
    // the number the person can quote finds this request in the server's log
    const message = status >= 500 ? `${described}. Номер запроса: ${request.id}` : described;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code, detail: error.message }, 'request rejected');
    return reply.code(status).type('application/json; charset=utf-8').send(apiError(code, message));
  });
}
