import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics, one registry per app so several apps can live in one test process. */
export function installMetrics(app: FastifyInstance, liveConnections: () => number): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tandem_' });
  const requests = new Counter({
    name: 'tandem_http_requests_total',
    help: 'HTTP requests by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'tandem_http_request_duration_seconds',
    help: 'HTTP request duration by route pattern.',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new Gauge({
    name: 'tandem_realtime_connections',
    help: 'Open real-time connections on this instance.',
    registers: [registry],
    collect() {
      this.set(liveConnections());
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, never the raw URL: raw URLs carry ids and invite tokens.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: reply.statusCode });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  return registry;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Request counts by route reveal when a household is active, so metrics are not public: this
 * machine may read them (a local Prometheus or agent), anyone else only with METRICS_TOKEN.
 */
export function requireMetricsAccess(request: FastifyRequest, token: string | undefined): void {
  if (token) {
    const presented = request.headers.authorization ?? '';
    if (timingSafeEqual(digest(presented), digest(`Bearer ${token}`))) return;
  } else if (LOOPBACK.has(request.ip)) {
    return;
  }
  throw new AppError(
    'forbidden',
    undefined,
    'Metrics are served to this machine, or with METRICS_TOKEN.',
  );
}
