/**
 * How the player sounds: the voice, its rate, and whether voice and beeps are on. Kept on the
 * device (localStorage), since it belongs to the device's speakers rather than to the person.
 * Anything unreadable in storage falls back to the defaults, field by field.
 */

export const VOICE_SETTINGS_KEY = 'psoas-coach.session-voice';

export const RATE_MIN = 0.6;
export const RATE_MAX = 1.6;

export type VoiceSettings = {
  /** The chosen voice's `voiceURI`, or null for the browser's default voice. */
  readonly voiceUri: string | null;
  /** Speech rate; 1 is the voice's normal speed. */
  readonly rate: number;
  /** Spoken cues on or off. The visual flash and the live region stay on either way. */
  readonly speech: boolean;
  /** Beeps and countdown ticks on or off. */
  readonly beeps: boolean;
};

export const DEFAULT_VOICE_SETTINGS: VoiceSettings = {
  voiceUri: null,
  rate: 1,
  speech: true,
  beeps: true,
};

type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

function field<T>(raw: Record<string, unknown>, key: string, ok: (v: unknown) => v is T): T | null {
  const value = raw[key];
  return ok(value) ? value : null;
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length <= 500;
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isRate = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= RATE_MIN && v <= RATE_MAX;

/** Reads settings from stored JSON; every bad or missing field gets its default. */
export function parseVoiceSettings(json: string | null | undefined): VoiceSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? 'null');
  } catch {
    return DEFAULT_VOICE_SETTINGS;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULT_VOICE_SETTINGS;
  const record = raw as Record<string, unknown>;
  return {
    voiceUri: field(record, 'voiceUri', isString) ?? DEFAULT_VOICE_SETTINGS.voiceUri,
    rate: field(record, 'rate', isRate) ?? DEFAULT_VOICE_SETTINGS.rate,
    speech: field(record, 'speech', isBoolean) ?? DEFAULT_VOICE_SETTINGS.speech,
    beeps: field(record, 'beeps', isBoolean) ?? DEFAULT_VOICE_SETTINGS.beeps,
  };
}

export function readVoiceSettings(storage: SettingsStorage | undefined): VoiceSettings {
  try {
    return parseVoiceSettings(storage?.getItem(VOICE_SETTINGS_KEY));
  } catch {
    // Blocked storage: the defaults, for this visit.
    return DEFAULT_VOICE_SETTINGS;
  }
}

export function saveVoiceSettings(
  storage: SettingsStorage | undefined,
  settings: VoiceSettings,
): void {
  try {
    storage?.setItem(VOICE_SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // The settings still apply to this visit; they just will not be remembered.
  }
}
