import type { FastifyRequest } from 'fastify';

/**
 * Whether the person reached Tandem over https: directly, through a trusted proxy, or because
 * the operator says its public address is https.
 */
export function isHttps(request: FastifyRequest, publicUrl: string | undefined): boolean {
  return request.protocol === 'https' || Boolean(publicUrl?.startsWith('https:'));
}

/** The origin people use to reach Tandem: PUBLIC_URL when set, otherwise what the request says. */
export function publicOrigin(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}
