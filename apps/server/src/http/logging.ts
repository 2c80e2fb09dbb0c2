import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

/**
 * An error as it may be logged: its kind, message, code and stack. Database errors also carry
 * fields such as PostgreSQL's `detail` ("Failing row contains (…)") that can quote what someone
 * wrote; those never reach a log line.
 */
export function serializeError(error: Error & { code?: unknown }) {
  return {
    type: error.constructor.name,
    message: error.message,
    ...(typeof error.code === 'string' ? { code: error.code } : {}),
    stack: error.stack ?? '',
  };
}

/**
 * Log lines name the route pattern and status, never bodies, cookies or raw URLs (raw URLs
 * carry invite tokens), and errors only as `serializeError` shapes them.
 */
export function loggerOptions(
  level: string,
  stream?: DestinationStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    serializers: {
      req: (request: { method: string; routeOptions?: { url?: string }; id: string }) => ({
        id: request.id,
        method: request.method,
        route: request.routeOptions?.url ?? 'unmatched',
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      err: serializeError,
    },
  };
}
