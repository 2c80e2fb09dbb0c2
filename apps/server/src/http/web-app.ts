import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error';

/**
 * Serves the built web app and falls back to index.html for client-side routes. API and
 * unknown non-GET requests get the JSON 404 instead.
 */
export async function serveWebApp(app: FastifyInstance, webDistDir: string): Promise<void> {
  const indexFile = path.join(webDistDir, 'index.html');
  const hasWebApp = fs.existsSync(indexFile);
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      wildcard: false,
      cacheControl: false,
      index: false,
      setHeaders: (res, filePath: string) => {
        // Hashed assets never change; everything else (index, service worker) must revalidate.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes get the app; a missing asset must stay a 404, or a cache would keep
    // the page's HTML as if it were the script.
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/assets/');
    if (wantsPage && hasWebApp) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    const error = new AppError('not_found');
    return reply.status(error.status).send(error.toBody());
  });
}
