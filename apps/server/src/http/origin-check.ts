import type { FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { publicOrigin } from './public-origin';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard for cookie-authenticated writes (and WebSocket upgrades):
 * a browser always names the page's origin, which must be ours. Clients that are not browsers
 * send no Origin and are let through; they cannot ride on someone's cookie.
 */
export function checkOrigin(request: FastifyRequest, publicUrl: string | undefined): void {
  const isUpgrade = request.headers.upgrade?.toLowerCase() === 'websocket';
  if (SAFE_METHODS.has(request.method) && !isUpgrade) return;
  const origin = request.headers.origin;
  if (origin === undefined) {
    if (request.headers['sec-fetch-site'] === 'cross-site') throw new AppError('bad_origin');
    return;
  }
  if (origin !== publicOrigin(request, publicUrl)) throw new AppError('bad_origin');
}
