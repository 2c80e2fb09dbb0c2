import type { FastifyInstance } from 'fastify';
import { isHttps } from './public-origin';

/**
 * Only our own origin may provide scripts, styles, images, connections and workers: no inline
 * script anywhere (the API docs page included), no framing, no plugins.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const headers: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

/**
 * The same headers on every response, computed once (a per-request middleware rebuilt them on
 * each request). HSTS only when people reach us over https, so a LAN install on http keeps working.
 */
export function installSecurityHeaders(app: FastifyInstance, publicUrl: string | undefined): void {
  const forHttps = {
    ...headers,
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
  };
  app.addHook('onRequest', (request, reply, done) => {
    void reply.headers(isHttps(request, publicUrl) ? forHttps : headers);
    done();
  });
}
