import { totalDurationMs, type PlanSession, type SessionStep } from '@psoas/core';
import { formatEquipment } from '../format/labels.ts';
import { formatItemDose, formatSessionMinutes } from '../today/plan-format.ts';
import { PhaseBadge } from '../ui/PhaseBadge.tsx';
import type { CueSound } from './cue-sound.ts';
import type { VoiceSettings } from './voice-settings.ts';
import { VoiceSettingsForm } from './VoiceSettingsForm.tsx';

type SessionIntroProps = {
  readonly planSession: PlanSession;
  readonly steps: readonly SessionStep[];
  readonly voice: VoiceSettings;
  readonly onVoiceChange: (voice: VoiceSettings) => void;
  readonly sound: CueSound;
  readonly onStart: () => void;
};

/** Before the start: what is in the session, how long it takes, what to fetch, how it sounds. */
export function SessionIntro({
  planSession,
  steps,
  voice,
  onVoiceChange,
  sound,
  onStart,
}: SessionIntroProps) {
  const equipment = [...new Set(steps.flatMap((s) => (s.kind === 'get-ready' ? s.equipment : [])))];
  return (
    <div className="session-intro">
      <section className="panel session-intro__plan" aria-labelledby="intro-heading">
        <h2 id="intro-heading">
          {planSession.items.length} exercises,{' '}
          {formatSessionMinutes(totalDurationMs(steps) / 1000)}
        </h2>
        <p>
          The player guides every hold, rep, side and rest by voice, so you can follow it lying down
          with your eyes closed.{' '}
          {equipment.length > 0 ? `You need: ${formatEquipment(equipment).toLowerCase()}.` : null}
        </p>
        <ol className="session-intro__items">
          {planSession.items.map((item) => (
            <li key={item.exerciseId} className="session-intro__item">
              <span className="session-intro__name">{item.name}</span>
              <span className="session-intro__dose">
                <PhaseBadge phase={item.phase} /> {formatItemDose(item)}
              </span>
            </li>
          ))}
        </ol>
        <p>
          <button type="button" className="button session-intro__start" onClick={onStart}>
            Start session
          </button>
        </p>
        <p className="session-intro__keys">
          Keys: Space pauses and resumes, the arrows skip and go back, Enter marks a rep done,
          Escape ends.
        </p>
      </section>
      <VoiceSettingsForm settings={voice} onChange={onVoiceChange} sound={sound} />
    </div>
  );
}
