import type { BreakState, Instant } from '@psoas/core';
import { useCallback } from 'react';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { useRequest } from '../platform/use-request.ts';
import { LoadingState } from '../ui/LoadingState.tsx';
import { formatMinutes } from './break-format.ts';
import { useBreakReminder } from './break-reminder-context.ts';
import { breaksApi } from './breaks-api.ts';
import { BreakEvidence } from './BreakEvidence.tsx';
import { BreakSettingsForm } from './BreakSettingsForm.tsx';
import { ReminderChannels } from './ReminderChannels.tsx';
import { TodayDial } from './TodayDial.tsx';
import { useBreakStats } from './use-break-stats.ts';
import { WeeksChart } from './WeeksChart.tsx';
import './breaks.css';

function clockTime(at: Instant, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

/** One sentence on what the scheduler is doing now. */
function statusText(state: BreakState): string {
  const zone = state.settings.workingHours.timeZone;
  if (state.meeting) {
    return `Meeting mode is on since ${clockTime(state.meeting.since, zone)}: a due break waits until you end it.`;
  }
  const phase = state.phase;
  switch (phase.kind) {
    case 'off-hours':
      return state.period
        ? `Outside your working hours: the next reminders start ${new Intl.DateTimeFormat(
            undefined,
            {
              timeZone: zone,
              weekday: 'long',
              hour: '2-digit',
              minute: '2-digit',
            },
          ).format(state.period.start)}.`
        : 'No working days are set, so there are no reminders.';
    case 'sitting':
      return `Next break at ${clockTime(phase.dueAt, zone)}.`;
    case 'reminding':
      return 'A break is due now.';
    case 'snoozed':
      return `Snoozed until ${clockTime(phase.until, zone)}.`;
    case 'away':
      return `You seem to be away. Time away of ${formatMinutes(state.settings.breakMinutes)} or more counts as a break.`;
    default:
      return '';
  }
}

export function BreaksPage() {
  useDocumentTitle('Breaks');
  const breaks = useBreakReminder();
  const { state, now } = breaks;
  const view = useBreakStats(breaks.syncCount, state, now);
  const loadSettings = useCallback((signal: AbortSignal) => breaksApi.settings(signal), []);
  const settings = useRequest(loadSettings);
  const today =
    view.status === 'server'
      ? view.stats.days.at(-1)
      : view.status === 'device'
        ? view.today
        : undefined;

  return (
    <div className="page breaks">
      <h1>Breaks</h1>
      <p className="lead">
        Get up and move for a couple of minutes every half hour of sitting. Reminders wait for your
        meetings, notice when you step away, and only come during your working hours.
      </p>

      <section className="panel break-now" aria-labelledby="break-now-heading">
        <h2 id="break-now-heading">Now</h2>
        <p className="break-now__status">{statusText(state)}</p>
        <div className="break-actions">
          {breaks.taking ? null : (
            <button type="button" className="button" onClick={breaks.startBreak}>
              {breaks.reminder ? 'Take the break' : 'Take a break now'}
            </button>
          )}
          <label className="choice meeting-switch">
            <input
              type="checkbox"
              role="switch"
              checked={state.meeting !== null}
              onChange={(event) => breaks.setMeeting(event.target.checked)}
            />
            <span>Meeting mode: hold reminders until I end it</span>
          </label>
        </div>
      </section>

      {view.status === 'loading' || settings.status === 'loading' ? (
        <LoadingState label="Loading your breaks…" />
      ) : (
        <>
          <div className="breaks-grid">
            <section className="panel" aria-labelledby="today-heading">
              <h2 id="today-heading">Today</h2>
              {today ? <TodayDial today={today} source={view.status} /> : null}
            </section>
            <section className="panel" aria-labelledby="weeks-heading">
              <h2 id="weeks-heading">Last four weeks</h2>
              {view.status === 'server' ? (
                <>
                  <WeeksChart
                    days={view.stats.days}
                    targetMinutes={view.stats.standingTargetMinutes}
                  />
                  {view.stats.suggestedStandingTargetMinutes > view.stats.standingTargetMinutes ? (
                    <p className="notice">
                      You met your standing target on most days last week. Ready to aim for{' '}
                      {formatMinutes(view.stats.suggestedStandingTargetMinutes)}? Change it in the
                      settings below.
                    </p>
                  ) : null}
                </>
              ) : (
                <p>The history comes from the server, which cannot be reached right now.</p>
              )}
            </section>
          </div>

          <section className="panel" aria-labelledby="channels-heading">
            <h2 id="channels-heading">Reminders on this device</h2>
            <ReminderChannels />
          </section>

          <section className="panel" aria-labelledby="settings-heading">
            <h2 id="settings-heading">Settings</h2>
            {settings.status === 'success' ? (
              <BreakSettingsForm
                settings={settings.data.settings}
                isDefault={settings.data.isDefault}
                onSaved={breaks.applySettings}
              />
            ) : null}
            {settings.status === 'error' ? (
              <>
                <p className="notice notice--warning">
                  {settings.error.detail} These are the settings this device uses until then.
                </p>
                <BreakSettingsForm
                  settings={state.settings}
                  isDefault={false}
                  onSaved={breaks.applySettings}
                />
              </>
            ) : null}
          </section>
        </>
      )}

      <section aria-labelledby="evidence-heading" className="breaks-evidence">
        <h2 id="evidence-heading">Why these defaults</h2>
        <BreakEvidence />
      </section>
    </div>
  );
}
