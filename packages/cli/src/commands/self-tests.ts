import {
  kneeBandFromAngle,
  thighPositionFromAngle,
  type SelfTestRecord,
  type SelfTestResults,
  type ThomasSide,
} from '@psoas/core';
import type { ApiClient } from '../api-client.ts';
import { formatJson } from '../format/json.ts';
import type { FormatOptions } from '../format/style.ts';
import { joinLines, wrapText } from '../format/text.ts';
import { choice, createAsker, numberIn, optionalNumberIn, yesNo, type Asker } from './ask.ts';
import type { Conversation } from './checklist.ts';

/**
 * `psoas assess --self-tests`: the four self-tests, guided one side at a time. Each test can be
 * skipped; a test that is done is done on both sides. Angles from an inclinometer app are
 * optional: when given, the category follows from the angle, so the two can never disagree.
 */

type Side = 'left' | 'right';

async function perSide<T>(ask: (side: Side) => Promise<T>): Promise<{ left: T; right: T }> {
  const left = await ask('left');
  const right = await ask('right');
  return { left, right };
}

async function thomasSide(asker: Asker, side: Side): Promise<ThomasSide> {
  const { ask } = asker;
  asker.say(`\n${side === 'left' ? 'Left' : 'Right'} leg hanging:\n`);
  const hip = await ask({
    text: 'Thigh angle to the horizontal in degrees, from an inclinometer app (above is positive; Enter to skip)',
    parse: optionalNumberIn(-60, 90),
  });
  const thigh =
    hip === null
      ? await ask({
          text: 'Where does the thigh rest? (above-horizontal, level, below-horizontal)',
          parse: choice(['above-horizontal', 'level', 'below-horizontal'] as const),
        })
      : thighPositionFromAngle(hip);
  const kneeAngle = await ask({
    text: 'Knee bend in degrees, 0 straight (Enter to skip)',
    parse: optionalNumberIn(0, 160),
  });
  const knee =
    kneeAngle === null
      ? await ask({
          text: 'How does the lower leg hang? (hangs-down, partly-out, sticks-out)',
          parse: choice(['hangs-down', 'partly-out', 'sticks-out'] as const),
        })
      : kneeBandFromAngle(kneeAngle);
  const thighDriftsOut = await ask({
    text: 'Does the thigh drift out to the side? [y/n]',
    parse: yesNo,
  });
  return {
    thigh,
    knee,
    thighDriftsOut,
    ...(hip === null ? {} : { hipAngleDegrees: hip }),
    ...(kneeAngle === null ? {} : { kneeAngleDegrees: kneeAngle }),
  };
}

async function doTest(asker: Asker, title: string, how: string, width: number): Promise<boolean> {
  asker.say(joinLines(['', title, ...wrapText(how, width, '  ', '  ')]));
  return asker.ask({ text: 'Do this test now? [y/n]', defaultText: 'y', parse: yesNo });
}

export async function askSelfTests(asker: Asker, width: number): Promise<SelfTestResults> {
  const results: {
    -readonly [K in keyof SelfTestResults]: SelfTestResults[K];
  } = {};
  if (
    await doTest(
      asker,
      'Modified Thomas test',
      'Sit on the end of a firm table, roll back hugging one knee to your chest, and let the other leg hang. Someone else looks from the side.',
      width,
    )
  ) {
    results.thomas = await perSide((side) => thomasSide(asker, side));
  }
  if (
    await doTest(
      asker,
      'Knee-to-chest test',
      'Lie on your back, hug one knee to your chest, and notice whether the straight leg lifts off the floor.',
      width,
    )
  ) {
    results.kneeToChest = await perSide(async (side) => ({
      straightLegLifts: await asker.ask({
        text: `Hugging the other knee, does your ${side} (straight) leg lift off the floor? [y/n]`,
        parse: yesNo,
      }),
    }));
  }
  if (
    await doTest(
      asker,
      'Standing pelvic tilt check',
      'Stand sideways to a mirror, fingers on the bony points at the front and back of your hip on each side.',
      width,
    )
  ) {
    results.pelvicTilt = await perSide(async (side) => ({
      tilt: await asker.ask({
        text: `On the ${side}, is the pelvis tilted-forward, neutral or tilted-back?`,
        parse: choice(['tilted-forward', 'neutral', 'tilted-back'] as const),
      }),
    }));
  }
  if (
    await doTest(
      asker,
      'Single-leg bridge hold',
      'Lie on your back, knees bent, lift your hips, then straighten one leg. Time how long until the hips drop.',
      width,
    )
  ) {
    results.bridgeHold = await perSide(async (side) => ({
      seconds: await asker.ask({
        text: `Seconds held standing on the ${side} foot (0-600)`,
        parse: numberIn(0, 600),
      }),
    }));
  }
  return results;
}

export function formatSelfTests(record: SelfTestRecord, options: FormatOptions): string {
  const { style, width } = options;
  if (record.asymmetries.length === 0) {
    return joinLines(['', style.heading('Saved. Both sides tested alike.')]);
  }
  return joinLines([
    '',
    style.heading('Saved. Differences between your sides:'),
    ...record.asymmetries.flatMap((a) => wrapText(a.observation, width, '    ', '  - ')),
    ...wrapText(
      'These are observations, not a diagnosis. Your plan gives the tighter side one extra set.',
      width,
    ).map(style.dim),
  ]);
}

export async function runSelfTests(
  client: ApiClient,
  options: { readonly json?: boolean },
  format: FormatOptions,
  conversation: Conversation,
): Promise<string> {
  const asker = createAsker(conversation, format, 'self-test', () => 4);
  const results = await askSelfTests(asker, format.width);
  const saved = await client.postSelfTests(results);
  return options.json ? formatJson(saved.json) : formatSelfTests(saved.data, format);
}
