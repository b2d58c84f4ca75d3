import { HABIT_EXERCISES, buildRoutineSteps } from '@psoas/core';
import { useMemo, useState } from 'react';
import { CueSound } from '../session/cue-sound.ts';
import { SessionPlayer } from '../session/SessionPlayer.tsx';
import { useVoiceSettings } from '../session/use-voice-settings.ts';
import type { TakingBreak } from './break-reminder-context.ts';

type BreakSessionPlayerProps = {
  readonly taking: TakingBreak;
  readonly onFinish: () => void;
  readonly onCancel: () => void;
};

/**
 * The break's routine in the session player (issue 6, "played with the session player"): the
 * same figure, countdown, voice and sounds as a session. Every routine step is a habit
 * exercise, so the catalogue's habits are all the figure needs. The break is logged when the
 * player finishes, completed or ended early, with the time it really took.
 */
export function BreakSessionPlayer({ taking, onFinish, onCancel }: BreakSessionPlayerProps) {
  const [voice, setVoice] = useVoiceSettings();
  // Made during the click that opened the player, so browsers let it play (cue-sound.ts).
  const [sound] = useState(() => new CueSound(voice));
  const steps = useMemo(() => buildRoutineSteps(taking.routine, HABIT_EXERCISES), [taking.routine]);
  return (
    <div className="break-player">
      <SessionPlayer
        steps={steps}
        exercises={HABIT_EXERCISES}
        sound={sound}
        voice={voice}
        onVoiceChange={setVoice}
        autoStart
        onFinish={onFinish}
      />
      <div className="break-actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Not now
        </button>
      </div>
    </div>
  );
}
