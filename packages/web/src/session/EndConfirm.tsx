import { useEffect, useRef } from 'react';

type EndConfirmProps = { readonly onEnd: () => void; readonly onKeepGoing: () => void };

/** "End the session now?" The session is paused while this asks. */
export function EndConfirm({ onEnd, onKeepGoing }: EndConfirmProps) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <div
      className="player-confirm"
      role="alertdialog"
      aria-labelledby="end-confirm-title"
      aria-describedby="end-confirm-text"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onKeepGoing();
      }}
    >
      <p id="end-confirm-title" className="player-confirm__title">
        End the session now?
      </p>
      <p id="end-confirm-text">What you did so far is kept, and you can tell us how it went.</p>
      <div className="player-confirm__actions">
        <button type="button" className="button" onClick={onEnd}>
          End session
        </button>
        <button
          ref={keepRef}
          type="button"
          className="button button--secondary"
          onClick={onKeepGoing}
        >
          Keep going
        </button>
      </div>
    </div>
  );
}
