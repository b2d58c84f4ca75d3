import type { FastifyReply, FastifyRequest } from 'fastify';
import { problem, sendProblem } from '../http/problem.ts';
import type { Caller, CredentialCheck } from './sign-in.ts';

/** The caller's address (as the server sees it, behind a trusted proxy its client's) and agent. */
export function callerOf(request: FastifyRequest): Caller {
  const agent = request.headers['user-agent'];
  return { address: request.ip, client: typeof agent === 'string' ? agent : null };
}

/**
 * The answer to a refused email and password. The 401 is one fixed body whether the email has
 * an account or not; the 429 says when to come back (Retry-After, in seconds) and is the same
 * for every email, known or not.
 */
export function sendCredentialProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  check: Extract<CredentialCheck, { ok: false }>,
): FastifyReply {
  if (check.reason === 'throttled') {
    void reply.header('retry-after', String(check.retryAfterSeconds));
    return sendProblem(
      reply,
      problem(
        429,
        'TOO_MANY_ATTEMPTS',
        `Too many failed sign-ins: try again in ${check.retryAfterSeconds} seconds.`,
        { instance: request.url },
      ),
    );
  }
  return sendProblem(
    reply,
    problem(401, 'INVALID_CREDENTIALS', 'The email or the password is wrong.', {
      instance: request.url,
    }),
  );
}
