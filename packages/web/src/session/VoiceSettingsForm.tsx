import { useId } from 'react';
import type { CueSound } from './cue-sound.ts';
import { useVoices } from './use-voice-settings.ts';
import { RATE_MAX, RATE_MIN, type VoiceSettings } from './voice-settings.ts';

type VoiceSettingsFormProps = {
  readonly settings: VoiceSettings;
  readonly onChange: (settings: VoiceSettings) => void;
  readonly sound: CueSound;
};

/** Voice on or off, which voice and how fast, beeps on or off, and a way to hear them. */
export function VoiceSettingsForm({ settings, onChange, sound }: VoiceSettingsFormProps) {
  const voices = useVoices();
  const id = useId();
  const set = (changes: Partial<VoiceSettings>) => onChange({ ...settings, ...changes });
  const test = () => {
    sound.unlock();
    sound.speak('Hold. Three, two, one. Release.');
    sound.beep('go');
  };
  return (
    <fieldset className="choice-group voice-settings">
      <legend>Voice and sound</legend>
      <p className="choice-group__hint">
        Every change is spoken and beeped, so you can follow with your eyes closed; the screen
        flashes too.
      </p>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.speech}
          onChange={(event) => set({ speech: event.target.checked })}
        />
        <span>Speak the cues</span>
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.beeps}
          onChange={(event) => set({ beeps: event.target.checked })}
        />
        <span>Beeps and countdown ticks</span>
      </label>
      <div className="voice-settings__row">
        <label htmlFor={`${id}-voice`}>Voice</label>
        <select
          id={`${id}-voice`}
          className="field__input"
          value={settings.voiceUri ?? ''}
          onChange={(event) => set({ voiceUri: event.target.value || null })}
          disabled={!settings.speech}
        >
          <option value="">The browser’s default voice</option>
          {voices.map((voice) => (
            <option key={voice.uri} value={voice.uri}>
              {voice.label}
            </option>
          ))}
        </select>
      </div>
      {voices.length === 0 ? (
        <p className="choice-group__hint">
          This browser offers no voices to choose from; the cues show on screen instead.
        </p>
      ) : null}
      <div className="voice-settings__row">
        <label htmlFor={`${id}-rate`}>Speed</label>
        <input
          id={`${id}-rate`}
          type="range"
          min={RATE_MIN}
          max={RATE_MAX}
          step={0.1}
          value={settings.rate}
          onChange={(event) => set({ rate: Number(event.target.value) })}
          disabled={!settings.speech}
          aria-valuetext={`${settings.rate.toFixed(1)} times normal speed`}
        />
        <span aria-hidden="true">{settings.rate.toFixed(1)}×</span>
      </div>
      <p>
        <button type="button" className="button button--secondary" onClick={test}>
          Test the sound
        </button>
      </p>
    </fieldset>
  );
}
