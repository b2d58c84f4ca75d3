import { useCallback, useState, useSyncExternalStore } from 'react';
import { browserStorage } from '../platform/theme.ts';
import { readVoiceSettings, saveVoiceSettings, type VoiceSettings } from './voice-settings.ts';

/** The voice settings, remembered on the device, and the voices this browser offers. */

export function useVoiceSettings(): readonly [VoiceSettings, (next: VoiceSettings) => void] {
  const [settings, setSettings] = useState(() => readVoiceSettings(browserStorage()));
  const update = useCallback((next: VoiceSettings) => {
    setSettings(next);
    saveVoiceSettings(browserStorage(), next);
  }, []);
  return [settings, update] as const;
}

export type VoiceOption = { readonly uri: string; readonly label: string };

const NO_VOICES: readonly VoiceOption[] = [];
let cachedVoices: readonly VoiceOption[] = NO_VOICES;
let cachedFrom: readonly SpeechSynthesisVoice[] | null = null;

function synth(): SpeechSynthesis | null {
  return typeof window.speechSynthesis === 'undefined' ? null : window.speechSynthesis;
}

/** getVoices() answers a new array every call; keep one snapshot per distinct list. */
function voicesSnapshot(): readonly VoiceOption[] {
  const voices = synth()?.getVoices() ?? [];
  const same =
    cachedFrom !== null &&
    cachedFrom.length === voices.length &&
    cachedFrom.every((v, i) => v.voiceURI === voices[i]?.voiceURI);
  if (!same) {
    cachedFrom = voices;
    cachedVoices = voices.map((v) => ({ uri: v.voiceURI, label: `${v.name} (${v.lang})` }));
  }
  return cachedVoices;
}

function subscribeVoices(onChange: () => void): () => void {
  const s = synth();
  s?.addEventListener('voiceschanged', onChange);
  return () => s?.removeEventListener('voiceschanged', onChange);
}

/** The installed voices; the list fills in after the browser loads it (voiceschanged). */
export function useVoices(): readonly VoiceOption[] {
  return useSyncExternalStore(subscribeVoices, voicesSnapshot, () => NO_VOICES);
}
