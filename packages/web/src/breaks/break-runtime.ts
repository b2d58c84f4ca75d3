import {
  MINUTE_MS,
  asInstant,
  breakEvents,
  defaultBreakSettings,
  nextBreakDue,
  routineForBreak,
  type BreakEvent,
  type BreakOutput,
  type BreakSettings,
  type BreakState,
  type Instant,
} from '@psoas/core';
import { createBreakEngine, HEARTBEAT_MS, newEventId, type BreakEngine } from './break-engine.ts';
import { REJECTION_TEXT, syncProblemText } from './break-format.ts';
import {
  SW_MESSAGE_TYPE,
  closeReminderNotifications,
  notificationPermission,
  playChime,
  requestNotificationPermission,
  showReminderNotification,
  type NotificationPermissionState,
} from './break-notify.ts';
import { ApiError } from '../platform/api.ts';
import { flushOutbox, retryDelayMs } from './break-outbox.ts';
import type { ShownReminder, TakingBreak } from './break-reminder-context.ts';
import {
  STORAGE_KEYS,
  claimOutbox,
  readPrefs,
  readState,
  writePrefs,
  type BreakPrefs,
  type KeyValueStorage,
  type OutboxEntry,
} from './break-storage.ts';
import type { BreaksApi } from './breaks-api.ts';
import {
  isIdleDetectionSupported,
  requestIdleDetection,
  startIdleDetector,
  watchPageActivity,
  type IdleSink,
} from './idle-watch.ts';

/**
 * The break reminder's imperative shell, outside React: the one-minute heartbeat, a timer to the
 * next instant the scheduler acts (nextBreakDue), presence from the page or the Idle Detection
 * API, reminders as a system notification and a chime, and every event queued for the server.
 * React reads it through `subscribe`/`getSnapshot` (useSyncExternalStore), so a component only
 * renders what is here and never owns a timer.
 */

export type IdleDetectionState = 'unsupported' | 'off' | 'on' | 'denied';

export type RuntimeSnapshot = {
  readonly state: BreakState;
  readonly now: Instant;
  readonly taking: TakingBreak | null;
  /** The last refusal or sync problem, for people; null when there is none. */
  readonly notice: string | null;
  /** Rises each time queued events reached the server: statistics can be fetched again. */
  readonly syncCount: number;
  readonly prefs: BreakPrefs;
  readonly notificationPermission: NotificationPermissionState;
  readonly idleDetection: IdleDetectionState;
};

const clock = (): Instant => asInstant(Date.now());
/** setTimeout's longest delay; the heartbeat covers anything further away. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/** Ordinary events wait this long so a burst goes in one request; the person's actions do not. */
const BATCH_DELAY_MS = 2_000;
/**
 * How long the first steps wait to learn who is signed in (GET /api/me) before they run as
 * signed out; the request normally answers long before.
 */
const ACCOUNT_WAIT_MS = 10_000;
const STEP_LOCK = 'psoas-coach.breaks.step';
const OUTBOX_LOCK = 'psoas-coach.breaks.outbox';

function fallbackSettings(): BreakSettings {
  try {
    return defaultBreakSettings(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  } catch {
    return defaultBreakSettings('UTC');
  }
}

/**
 * Serialises steps across tabs with the Web Locks API where it exists (secure contexts). Without
 * it, a step is one synchronous read-transition-write, so an overlap needs two tabs in the same
 * millisecond, and the server stores each event id once anyway.
 */
async function withLock<T>(name: string, task: () => T | Promise<T>): Promise<T> {
  if ('locks' in navigator && typeof navigator.locks?.request === 'function') {
    return navigator.locks.request(name, async () => await task());
  }
  return task();
}

/** The reminder on screen: none during a meeting, which holds it back. */
export function shownReminder(state: BreakState): ShownReminder | null {
  const phase = state.phase.kind === 'away' ? state.phase.resume : state.phase;
  if (phase.kind !== 'reminding' || state.meeting) return null;
  return {
    dueAt: phase.dueAt,
    urgency: phase.urgency,
    canSnooze: state.snoozesInARow < state.settings.snooze.maxInARow,
    // The routine the scheduler's reminder carried (core's `present` and summariseBreakState).
    routine: routineForBreak(Math.max(0, state.breaksOffered - 1), state.settings.breakMinutes),
  };
}

type MakeEvents = (now: Instant, state: BreakState) => BreakEvent[];

export class BreakRuntime {
  private snapshot: RuntimeSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly engine: BreakEngine;
  private readonly fallback = fallbackSettings();
  private dueTimer: number | undefined;
  private flushTimer: number | undefined;
  private failures = 0;
  private flushing = false;
  private stopIdle: (() => void) | null = null;
  /**
   * The id of the account signed in, null signed out, undefined until AccountProvider knows.
   * Every queued event is stamped with it (break-engine.ts), so one person's events are never
   * sent into another's account on a shared browser. Signed out, the schedule runs on this
   * device only: nothing is fetched, posted or queued (it would only be answered 401, and
   * nobody's account is the right one for it). Signing out keeps the account's queued events:
   * they are sent when it signs in here again.
   */
  private account: string | null | undefined = undefined;
  /** Resolves once `account` is known (or ACCOUNT_WAIT_MS passed): steps wait for it. */
  private readonly accountKnown: Promise<void>;
  private settleAccount: () => void = () => undefined;
  private serverSettings: AbortController | null = null;

  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly api: BreaksApi,
  ) {
    this.engine = createBreakEngine({ storage, newId: newEventId });
    this.accountKnown = new Promise((resolve) => (this.settleAccount = resolve));
    const now = clock();
    const prefs = readPrefs(storage);
    this.snapshot = {
      state: this.engine.current(this.fallback, now),
      now,
      taking: null,
      notice: null,
      syncCount: 0,
      prefs,
      notificationPermission: notificationPermission(),
      idleDetection: isIdleDetectionSupported()
        ? prefs.idleDetection
          ? 'on'
          : 'off'
        : 'unsupported',
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): RuntimeSnapshot => this.snapshot;

  private update(change: Partial<RuntimeSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    if (change.state) this.scheduleDue(change.state);
    for (const listener of this.listeners) listener();
  }

  /** Starts the timers and listeners; returns the function that stops them all. */
  start(): () => void {
    const heartbeat = window.setInterval(() => void this.tick(), HEARTBEAT_MS);
    const onOnline = () => void this.flush();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void this.tick();
    };
    const onStorage = (event: StorageEvent) => this.onStorage(event);
    const worker = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
    const onMessage = (event: MessageEvent<unknown>) => this.onWorkerMessage(event.data);
    window.addEventListener('online', onOnline);
    window.addEventListener('storage', onStorage);
    document.addEventListener('visibilitychange', onVisible);
    worker?.addEventListener('message', onMessage);
    if (this.account) this.connect(this.account);
    const accountWait = window.setTimeout(() => this.settleAccount(), ACCOUNT_WAIT_MS);
    this.watchPresence();
    // The first step at once: it also catches up on the time the app was closed.
    void this.tick();
    return () => {
      window.clearInterval(heartbeat);
      window.clearTimeout(accountWait);
      window.clearTimeout(this.dueTimer);
      window.clearTimeout(this.flushTimer);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('storage', onStorage);
      document.removeEventListener('visibilitychange', onVisible);
      worker?.removeEventListener('message', onMessage);
      this.serverSettings?.abort();
      this.serverSettings = null;
      this.stopIdle?.();
      this.stopIdle = null;
    };
  }

  /**
   * Steps the shared schedule: catch-up events first (see catchUpEvents), then `make`'s. The
   * first steps of a page load wait until it is known who is signed in: the catch-up events
   * describe the time the app was closed and belong to that person's account.
   */
  private async dispatch(make: MakeEvents, urgent = false): Promise<void> {
    await this.accountKnown;
    return withLock(STEP_LOCK, () => {
      const now = clock();
      const base = this.engine.current(this.fallback, now);
      const [first, ...rest] = [...this.engine.catchUp(base, now), ...make(now, base)];
      if (!first) {
        this.update({ state: base, now });
        return;
      }
      const result = this.engine.step([first, ...rest], this.fallback, this.account ?? null);
      this.handleOutputs(result.outputs);
      this.update({ state: result.state, now });
      this.scheduleFlush(urgent ? 0 : BATCH_DELAY_MS);
    });
  }

  private tick(): Promise<void> {
    return this.dispatch((now) => [breakEvents.tick(now)]);
  }

  /** A timer to the exact instant the scheduler acts next; throttled tabs fire it late. */
  private scheduleDue(state: BreakState): void {
    window.clearTimeout(this.dueTimer);
    const due = nextBreakDue(state);
    if (due === null) return;
    const delay = Math.min(MAX_TIMEOUT_MS, Math.max(0, due - Date.now() + 20));
    this.dueTimer = window.setTimeout(() => void this.tick(), delay);
  }

  private handleOutputs(outputs: readonly BreakOutput[]): void {
    for (const output of outputs) {
      if (output.kind === 'reminder') {
        void showReminderNotification(output);
        if (this.snapshot.prefs.sound) playChime(output.urgency);
      } else if (output.kind === 'reminder-cleared') {
        void closeReminderNotifications();
      } else if (output.kind === 'rejected') {
        this.update({ notice: REJECTION_TEXT[output.error.code] });
      }
    }
  }

  private scheduleFlush(delayMs: number): void {
    window.clearTimeout(this.flushTimer);
    this.flushTimer = window.setTimeout(() => void this.flush(), delayMs);
  }

  /**
   * Who is signed in (an account id, or null), as AccountProvider learns it. Signing in
   * connects the schedule to the account: its settings are followed and its queued events are
   * sent. Signing out, or another account signing in, stops that for the previous account.
   */
  readonly setAccount = (owner: string | null): void => {
    const previous = this.account;
    this.account = owner;
    this.settleAccount();
    if (owner === previous) return;
    this.serverSettings?.abort();
    this.serverSettings = null;
    window.clearTimeout(this.flushTimer);
    this.failures = 0;
    if (owner !== null) this.connect(owner);
  };

  private connect(owner: string): void {
    // The events queued before accounts existed go to the first account signed in here.
    claimOutbox(this.storage, owner);
    this.serverSettings?.abort();
    this.serverSettings = new AbortController();
    this.followServerSettings(this.serverSettings.signal);
    this.scheduleFlush(0);
  }

  /**
   * Sends the signed-in account's queued events; one tab at a time, retried with backoff while
   * offline. A batch is only posted while its account is still the one signed in: the request
   * carries whoever's session cookie is current.
   */
  async flush(): Promise<void> {
    const owner = this.account;
    if (this.flushing || !owner) return;
    this.flushing = true;
    const post = (events: readonly OutboxEntry[]) =>
      this.account === owner
        ? this.api.postEvents(events)
        : Promise.reject(
            new ApiError({
              code: 'AUTHENTICATION_REQUIRED',
              status: null,
              detail: 'Another account signed in; these events wait for theirs.',
            }),
          );
    try {
      const outcome = await withLock(OUTBOX_LOCK, () =>
        flushOutbox({ storage: this.storage, owner, post }),
      );
      if (outcome.kind === 'offline') {
        this.failures += 1;
        this.scheduleFlush(retryDelayMs(this.failures));
        return;
      }
      this.failures = 0;
      if (outcome.kind === 'refused') this.update({ notice: syncProblemText(outcome.code) });
      if (outcome.kind !== 'empty') this.update({ syncCount: this.snapshot.syncCount + 1 });
    } finally {
      this.flushing = false;
    }
  }

  /** Another tab stepped the schedule or changed a choice: show what it did. */
  private onStorage(event: StorageEvent): void {
    if (event.key === STORAGE_KEYS.state) {
      const state = readState(this.storage);
      if (state) this.update({ state, now: clock() });
    }
    if (event.key === STORAGE_KEYS.prefs) this.update({ prefs: readPrefs(this.storage) });
  }

  /** A notification's buttons (public/sw-push.js). */
  private onWorkerMessage(data: unknown): void {
    const message = data as { type?: unknown; action?: unknown } | null;
    if (message?.type !== SW_MESSAGE_TYPE) return;
    if (message.action === 'take') this.startBreak();
    if (message.action === 'snooze') this.snooze();
  }

  /** Follows the settings stored on the server; offline, the ones stored here stay. */
  private followServerSettings(signal: AbortSignal): void {
    this.api.settings(signal).then(
      ({ settings }) =>
        void this.dispatch((now, state) =>
          JSON.stringify(state.settings) === JSON.stringify(settings)
            ? []
            : [breakEvents.settingsChanged(now, settings)],
        ),
      () => undefined,
    );
  }

  /** Presence: page input always; the Idle Detection API when the person allowed it. */
  private watchPresence(): void {
    this.stopIdle?.();
    const sink: IdleSink = {
      idle: (since) => void this.dispatch((now) => [breakEvents.idle(now, since)]),
      // Activity only matters while the scheduler thinks the person is away; otherwise the
      // heartbeat's ticks say the same, without an event every few seconds to post.
      active: () =>
        void this.dispatch((now, state) =>
          state.phase.kind === 'away' ? [breakEvents.activity(now)] : [],
        ),
    };
    const detector = this.snapshot.idleDetection === 'on';
    const stopPage = watchPageActivity(sink, { pageIdle: !detector });
    const controller = new AbortController();
    if (detector) {
      void startIdleDetector(sink, controller.signal).then((started) => {
        if (!started && !controller.signal.aborted) {
          this.update({ idleDetection: 'denied' });
          this.watchPresence();
        }
      });
    }
    this.stopIdle = () => {
      stopPage();
      controller.abort();
    };
  }

  readonly startBreak = (): void => {
    if (this.snapshot.taking) return;
    const state = this.engine.current(this.fallback, clock());
    const routine =
      shownReminder(state)?.routine ??
      routineForBreak(state.breaksOffered, state.settings.breakMinutes);
    this.update({ taking: { startedAt: clock(), routine } });
  };

  readonly finishBreak = (): void => {
    const taking = this.snapshot.taking;
    if (!taking) return;
    this.update({ taking: null });
    // Every routine includes walking (core's routine.ts), the kind of break we prefer.
    void this.dispatch((now) => {
      const minutes = Math.round(((now - taking.startedAt) / MINUTE_MS) * 10) / 10;
      return [breakEvents.breakTaken(now, Math.max(0, minutes), 'walk')];
    }, true);
  };

  readonly cancelBreak = (): void => this.update({ taking: null });

  readonly snooze = (): void => void this.dispatch((now) => [breakEvents.snooze(now)], true);

  readonly skip = (): void => {
    this.update({ taking: null });
    void this.dispatch((now) => [breakEvents.skip(now)], true);
  };

  readonly setMeeting = (on: boolean): void =>
    void this.dispatch(
      (now, state) =>
        on === (state.meeting !== null)
          ? []
          : [on ? breakEvents.meetingStart(now) : breakEvents.meetingEnd(now)],
      true,
    );

  /** Settings saved on the server: the local scheduler follows them at once. */
  readonly applySettings = (settings: BreakSettings): void =>
    void this.dispatch((now) => [breakEvents.settingsChanged(now, settings)]);

  readonly requestNotifications = async (): Promise<void> => {
    this.update({ notificationPermission: await requestNotificationPermission() });
  };

  readonly enableIdleDetection = async (): Promise<void> => {
    const result = await requestIdleDetection();
    if (result !== 'granted') {
      this.update({ idleDetection: result === 'unsupported' ? 'unsupported' : 'denied' });
      return;
    }
    this.savePrefs({ idleDetection: true });
    this.update({ idleDetection: 'on' });
    this.watchPresence();
  };

  readonly setSound = (on: boolean): void => this.savePrefs({ sound: on });

  readonly dismissNotice = (): void => this.update({ notice: null });

  private savePrefs(change: Partial<BreakPrefs>): void {
    const prefs = { ...readPrefs(this.storage), ...change };
    writePrefs(this.storage, prefs);
    this.update({ prefs });
  }
}
