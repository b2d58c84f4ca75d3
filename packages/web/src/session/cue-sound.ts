import type { BeepTone } from '@psoas/core';
import type { VoiceSettings } from './voice-settings.ts';

/**
 * The player's sound: speech through the Web Speech API and beeps through Web Audio. Both need
 * a user gesture before Chrome lets them make a sound, so `unlock` is called from the click
 * that starts or resumes a session.
 *
 * The AudioContext is created once and kept running for the whole session (never suspended
 * between beeps): a beep then starts within one audio render quantum (~3 ms) instead of
 * waiting for the context to resume, and Chrome counts a page whose audio is live as audible,
 * which spares it the harshest timer throttling while it sounds. The timing itself does not
 * depend on it: the worker alarm (wake-alarm.worker.ts) wakes the player in the background.
 *
 * Where speech has no voices (a headless browser, a stripped-down system) nothing is spoken
 * and nothing fails: the visual flash and the live region carry every cue.
 */

type Tone = { readonly hz: number; readonly ms: number; readonly at: number };

const TONES: Readonly<Record<BeepTone | 'tick' | 'tick-last', readonly Tone[]>> = {
  // Rising pair: a rest or a changeover is over, go.
  go: [
    { hz: 660, ms: 110, at: 0 },
    { hz: 990, ms: 160, at: 130 },
  ],
  // One falling tone: the hold at the top of a rep is over, lower.
  lower: [{ hz: 520, ms: 220, at: 0 }],
  // Countdown: short ticks, the last one higher.
  tick: [{ hz: 880, ms: 70, at: 0 }],
  'tick-last': [{ hz: 1320, ms: 120, at: 0 }],
};

const VOLUME = 0.25;

export type SoundName = keyof typeof TONES;

type AudioContextConstructor = new () => AudioContext;

function audioContextClass(): AudioContextConstructor | null {
  const w = window as Window & { webkitAudioContext?: AudioContextConstructor };
  return window.AudioContext ?? w.webkitAudioContext ?? null;
}

export class CueSound {
  #audio: AudioContext | null = null;
  #settings: VoiceSettings;

  constructor(settings: VoiceSettings) {
    this.#settings = settings;
  }

  configure(settings: VoiceSettings): void {
    this.#settings = settings;
    if (!settings.speech) window.speechSynthesis?.cancel();
  }

  /** Call from a click or key press: creates or resumes the audio context. */
  unlock(): void {
    try {
      const Ctor = audioContextClass();
      if (!this.#audio && Ctor) this.#audio = new Ctor();
      if (this.#audio?.state === 'suspended') void this.#audio.resume().catch(() => undefined);
    } catch {
      this.#audio = null;
    }
  }

  beep(name: SoundName): void {
    if (!this.#settings.beeps) return;
    const audio = this.#audio;
    if (!audio || audio.state === 'closed') return;
    const start = audio.currentTime;
    for (const tone of TONES[name]) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      const t0 = start + tone.at / 1000;
      const t1 = t0 + tone.ms / 1000;
      oscillator.type = 'sine';
      oscillator.frequency.value = tone.hz;
      // A short attack and release: a hard-edged sine clicks.
      gain.gain.setValueAtTime(0, t0);
      gain.gain.linearRampToValueAtTime(VOLUME, t0 + 0.01);
      gain.gain.setValueAtTime(VOLUME, t1 - 0.03);
      gain.gain.linearRampToValueAtTime(0, t1);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(t0);
      oscillator.stop(t1 + 0.02);
    }
  }

  /** Says `words` at once, cutting off anything still being said: a late cue is a wrong cue. */
  speak(words: string): void {
    const synth = typeof window.speechSynthesis === 'undefined' ? null : window.speechSynthesis;
    if (!this.#settings.speech || !synth || words === '') return;
    try {
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(words);
      utterance.rate = this.#settings.rate;
      const voice = synth.getVoices().find((v) => v.voiceURI === this.#settings.voiceUri);
      if (voice) {
        utterance.voice = voice;
        utterance.lang = voice.lang;
      } else {
        utterance.lang = 'en';
      }
      synth.speak(utterance);
    } catch {
      // Speech is a convenience; the flash still shows the cue.
    }
  }

  dispose(): void {
    window.speechSynthesis?.cancel();
    void this.#audio?.close().catch(() => undefined);
    this.#audio = null;
  }
}
