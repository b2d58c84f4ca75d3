import type { FinishedState, SessionCue, SessionState } from '@psoas/core';
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { SessionRunner } from './session-runner.ts';

export type RunnerCallbacks = {
  readonly onCue: (cue: SessionCue, state: SessionState) => void;
  readonly onStateChange?: ((state: SessionState) => void) | undefined;
  readonly onFinish: (state: FinishedState) => void;
};

/**
 * One SessionRunner for the lifetime of the component, its state as React state, and the
 * callbacks kept current without re-creating the runner. `autoStart` sends "start" once the
 * runner is attached, when the session has not started yet.
 */
export function useSessionRunner(
  initial: () => SessionState,
  autoStart: boolean,
  callbacks: RunnerCallbacks,
): { readonly runner: SessionRunner; readonly state: SessionState } {
  const [runner] = useState(() => new SessionRunner(initial()));
  const latest = useRef(callbacks);
  useLayoutEffect(() => {
    latest.current = callbacks;
    runner.setCueListener(callbacks.onCue);
  });
  const state = useSyncExternalStore(runner.subscribe, runner.getSnapshot);

  useEffect(() => {
    let finished = false;
    const unsubscribe = runner.subscribe(() => {
      const current = runner.getSnapshot();
      latest.current.onStateChange?.(current);
      if (current.status === 'finished' && !finished) {
        finished = true;
        latest.current.onFinish(current);
      }
    });
    runner.attach();
    if (autoStart && runner.getSnapshot().status === 'idle') runner.send('start');
    return () => {
      unsubscribe();
      runner.detach();
    };
  }, [runner, autoStart]);

  return { runner, state };
}
