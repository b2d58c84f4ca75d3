import type { PlanResponse, PlanSession } from '@psoas/core';

/**
 * Which of today's plan sessions the player runs: `?session=N` (0-based, as Today lists them),
 * else the main session, else the first. Null when the day has none, or N names none.
 */
export function chooseSession(
  plan: Pick<PlanResponse, 'today'>,
  param: string | null,
): { readonly index: number; readonly session: PlanSession } | null {
  const sessions = plan.today.sessions;
  if (param !== null) {
    if (!/^\d{1,3}$/.test(param)) return null;
    const index = Number(param);
    const session = sessions[index];
    return session && session.items.length > 0 ? { index, session } : null;
  }
  const main = sessions.findIndex((s) => s.kind === 'main' && s.items.length > 0);
  const index = main === -1 ? sessions.findIndex((s) => s.items.length > 0) : main;
  const session = sessions[index];
  return session ? { index, session } : null;
}
