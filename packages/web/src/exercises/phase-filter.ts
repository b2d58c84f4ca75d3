import { phaseSchema, type Phase } from '@psoas/core';

/** The phase in `?phase=`; anything unknown (an old or hand-typed link) means "all". */
export function readPhaseParam(params: URLSearchParams): Phase | undefined {
  const parsed = phaseSchema.safeParse(params.get('phase'));
  return parsed.success ? parsed.data : undefined;
}

/** New search params with the phase set or removed, keeping every other parameter. */
export function withPhaseParam(params: URLSearchParams, phase: Phase | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (phase) next.set('phase', phase);
  else next.delete('phase');
  return next;
}
