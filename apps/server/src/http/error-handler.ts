import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from './app-error';

/** Fastify's own errors, mapped onto the catalogue by their codes. */
const frameworkErrors: Record<string, AppError['code']> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_request',
  FST_ERR_BAD_URL: 'not_found',
  FST_ERR_ASYNC_CONSTRAINT: 'bad_request',
};

export function toAppError(error: FastifyError | AppError | Error): AppError | null {
  if (error instanceof AppError) return error;
  const code =
    'code' in error && typeof error.code === 'string' ? frameworkErrors[error.code] : undefined;
  if (code) return new AppError(code);
  const status = 'statusCode' in error ? Number(error.statusCode) : 500;
  if (error instanceof SyntaxError && status === 400) return new AppError('bad_request');
  if (status === 429) return new AppError('rate_limited');
  if (status === 404) return new AppError('not_found');
  if (status >= 400 && status < 500) return new AppError('bad_request');
  return null;
}

/** One response shape for every error; unknown errors are logged and never leaked. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const known = toAppError(error);
    if (known) return reply.status(known.status).send(known.toBody());
    request.log.error({ err: error }, 'unhandled error');
    const internal = new AppError('internal');
    return reply.status(internal.status).send(internal.toBody());
  });
}
