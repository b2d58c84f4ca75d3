import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Security headers on every answer: the API's JSON, problems, the web app's files, the SPA
 * fallback and the API docs. Set in an onSend hook rather than per route, so an error answer
 * or a 404 cannot leave without them.
 */

type Directives = Readonly<Record<string, readonly string[]>>;

/**
 * The web app's policy. The built app has no inline script or style (the theme is set by
 * /theme-init.js, a file, so that this policy can hold), and React's `style` props are set
 * through the CSSOM, which style-src does not govern. `blob:` for workers keeps a worker built
 * from a Blob possible (the session player's wake alarm is a same-origin module today), and for
 * images keeps an export's preview or download link working.
 */
const APP_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Swagger UI at /api/docs loads only its own files (no inline script: @fastify/swagger-ui 6
 * serves its initializer as a file), but the markdown it renders from descriptions carries
 * inline `style` attributes (table alignment), so its pages get 'unsafe-inline' for styles.
 * Its icons are data: URIs, which img-src already allows. Scripts stay 'self' only: it is a page of our origin, and a script
 * injected there could call the API as the signed-in person.
 */
const DOCS_DIRECTIVES: Directives = {
  ...APP_DIRECTIVES,
  'style-src': ["'self'", "'unsafe-inline'"],
};

function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = serialise(APP_DIRECTIVES);
export const DOCS_CONTENT_SECURITY_POLICY = serialise(DOCS_DIRECTIVES);

const DOCS_PATH = /^\/api\/docs(?:[/?]|$)/;

/** Headers that are the same on every answer. */
const FIXED_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  // The app's URLs carry exercise ids and plan dates: nothing of that goes to another site.
  'referrer-policy': 'no-referrer',
  // frame-ancestors says the same to current browsers; this header is for older ones.
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  // The camera is planned for on-device pose checks (our origin only); nothing else is used.
  'permissions-policy': 'camera=(self), microphone=(), geolocation=()',
};

/**
 * Browsers ignore HSTS over plain HTTP, and sending it from a local http:// install would be
 * wrong anyway; behind a TLS proxy `request.protocol` is https once PSOAS_TRUST_PROXY trusts it.
 */
const HSTS = 'max-age=31536000; includeSubDomains';

export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(FIXED_HEADERS);
  reply.header(
    'content-security-policy',
    DOCS_PATH.test(request.url) ? DOCS_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
  );
  if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
}

/** Adds the headers to every answer of `app`, including those of plugins registered before. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    applySecurityHeaders(request, reply);
    done(null, payload);
  });
}
