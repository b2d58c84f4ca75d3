import { Link } from 'react-router';
import { URGENCY_TITLES, summariseRoutine } from './break-format.ts';
import { useBreakReminder } from './break-reminder-context.ts';
import { BreakSessionPlayer } from './BreakSessionPlayer.tsx';
import './breaks.css';

/**
 * The in-app reminder, on every page: not a modal and never moving focus, so it does not break
 * someone's typing; its text sits in a live region that exists from the start, so screen readers
 * announce a new reminder politely. Urgency changes how it looks, never how often it comes.
 */
export function BreakBanner() {
  const breaks = useBreakReminder();
  const { reminder, taking, state, notice } = breaks;
  const meeting = state.meeting !== null;
  const visible = reminder !== null || taking !== null || meeting || notice !== null;

  return (
    <aside
      aria-label="Break reminder"
      className={`break-banner${visible ? '' : ' break-banner--empty'}${
        reminder ? ` break-banner--${reminder.urgency}` : ''
      }`}
    >
      <div className="break-banner__inner">
        <div role="status" aria-live="polite" className="break-banner__status">
          {taking ? (
            <p className="break-banner__title">Break time: follow the routine</p>
          ) : reminder ? (
            <>
              <p className="break-banner__title">{URGENCY_TITLES[reminder.urgency]}</p>
              <p className="break-banner__routine">{summariseRoutine(reminder.routine)}</p>
            </>
          ) : meeting ? (
            <p className="break-banner__title">Meeting mode: breaks wait until it ends</p>
          ) : null}
          {notice ? <p className="break-banner__notice">{notice}</p> : null}
        </div>
        {taking ? (
          <BreakSessionPlayer
            taking={taking}
            onFinish={breaks.finishBreak}
            onCancel={breaks.cancelBreak}
          />
        ) : reminder ? (
          <div className="break-actions">
            <button type="button" className="button" onClick={breaks.startBreak}>
              Take break
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={breaks.snooze}
              disabled={!reminder.canSnooze}
              aria-describedby={reminder.canSnooze ? undefined : 'break-snooze-limit'}
            >
              Snooze {state.settings.snooze.minutes} min
            </button>
            <button type="button" className="button button--secondary" onClick={breaks.skip}>
              Skip
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => breaks.setMeeting(true)}
            >
              In a meeting
            </button>
            {reminder.canSnooze ? null : (
              <p id="break-snooze-limit" className="break-banner__hint">
                Snoozed {state.settings.snooze.maxInARow} times in a row: take it or skip it.
              </p>
            )}
          </div>
        ) : meeting ? (
          <div className="break-actions">
            <button type="button" className="button" onClick={() => breaks.setMeeting(false)}>
              End meeting
            </button>
          </div>
        ) : null}
        {notice && !reminder && !taking ? (
          <div className="break-actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={breaks.dismissNotice}
            >
              Dismiss
            </button>
            <Link to="/breaks">Breaks</Link>
          </div>
        ) : null}
      </div>
    </aside>
  );
}
