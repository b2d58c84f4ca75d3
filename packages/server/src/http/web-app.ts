import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const NOT_SPA = /^\/(api|healthz|metrics)(\/|$|\?)/;

/**
 * Serves the built web app. Vite's hashed files under /assets never change, so browsers may
 * keep them for a year; everything else (index.html, the service worker, the manifest) must be
 * revalidated, or an installed app would never see an update.
 * Returns the SPA fallback for the not-found handler: a GET for an HTML page that is not a
 * file gets index.html, so client-side routes survive a reload.
 */
export async function registerWebApp(
  app: FastifyInstance,
  webDir: string,
): Promise<(request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined> {
  const hasBuild = existsSync(join(webDir, 'index.html'));
  if (!hasBuild) {
    app.log.warn({ webDir }, 'web app not built: run `npm run build` to serve it');
    return () => undefined;
  }
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: ['index.html'],
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return (request, reply) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !NOT_SPA.test(request.url) &&
      (request.headers.accept ?? '').includes('text/html');
    return wantsPage ? reply.header('cache-control', 'no-cache').sendFile('index.html') : undefined;
  };
}
