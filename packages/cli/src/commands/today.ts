import type { PlanDay, PlanItem, PlanResponse } from '@psoas/core';
import type { ApiClient } from '../api-client.ts';
import { formatJson } from '../format/json.ts';
import type { FormatOptions } from '../format/style.ts';
import { formatDuration, joinLines, plural, wrapText } from '../format/text.ts';

/**
 * `psoas today`: today's session with each item's dose and the one-line reason, the time it
 * takes, the week ahead as a compact table, habits and notices. The server refuses the plan
 * when the screening stopped it, is due again, or there is no assessment yet; errors.ts turns
 * those refusals into one line with its own exit code and the next step.
 */

export type TodayOptions = { readonly date?: string; readonly json?: boolean };

/** The dose of a plan item as one line: "2 × 30 s hold per side (+1 set on the left)". */
export function formatItemDose(item: PlanItem): string {
  const perSide = item.laterality === 'per-side' ? ' per side' : '';
  const hold = item.holdSeconds === null ? null : `${formatDuration(item.holdSeconds)} hold`;
  let dose: string;
  if (item.reps !== null && hold !== null) {
    dose =
      item.sets === 1
        ? `${item.reps} × ${hold}${perSide}`
        : `${item.sets} × ${item.reps} reps${perSide}, ${hold} each`;
  } else if (item.reps !== null) {
    dose = `${item.sets} × ${item.reps} reps${perSide}`;
  } else if (hold !== null) {
    dose = `${item.sets} × ${hold}${perSide}`;
  } else {
    dose = `${plural(item.sets, 'set')}${perSide}`;
  }
  return item.extraSetSide === null ? dose : `${dose} (+1 set on the ${item.extraSetSide})`;
}

function minutes(seconds: number): string {
  return `${Math.max(1, Math.round(seconds / 60))} min`;
}

const SHORT_DAY: Readonly<Record<PlanDay['weekday'], string>> = {
  sunday: 'Sun',
  monday: 'Mon',
  tuesday: 'Tue',
  wednesday: 'Wed',
  thursday: 'Thu',
  friday: 'Fri',
  saturday: 'Sat',
};

function weekRow(day: PlanDay): string {
  const main = day.sessions.find((s) => s.kind === 'main');
  const items = main?.items ?? [];
  const phases = [...new Set(items.map((i) => i.phase))].join(', ');
  const what = items.length === 0 ? 'rest day' : `${plural(items.length, 'exercise')}: ${phases}`;
  const time = items.length === 0 ? '' : minutes(main?.estimatedSeconds ?? 0);
  const extra = day.sessions.length > 1 ? ` +${day.sessions.length - 1} short` : '';
  return `  ${SHORT_DAY[day.weekday]} ${day.date.slice(5)}  ${time.padStart(6)}${extra}  ${what}`;
}

export function formatToday(plan: PlanResponse, options: FormatOptions): string {
  const { style, width } = options;
  const lines: string[] = [];
  for (const notice of plan.notices) {
    lines.push(...wrapText(notice.text, width, '  ', '! ').map(style.warn));
  }
  if (lines.length > 0) lines.push('');
  const main = plan.today.sessions.find((s) => s.kind === 'main');
  const budget = minutes(plan.budgetSeconds);
  const mode = plan.mode === 'gentle' ? ' (gentle programme)' : '';
  const weekday = `${plan.today.weekday.charAt(0).toUpperCase()}${plan.today.weekday.slice(1)}`;
  lines.push(style.heading(`Today, ${weekday} ${plan.today.date}${mode}`));
  if (!main || main.items.length === 0) {
    lines.push('  A rest day: no session today. Keep up the habits below.');
  } else {
    lines.push(style.dim(`  About ${minutes(main.estimatedSeconds)} of your ${budget}.`));
    for (const [index, item] of main.items.entries()) {
      lines.push(`  ${index + 1}. ${style.bold(item.name)}  ${style.dim(item.exerciseId)}`);
      lines.push(`     ${item.phase}: ${formatItemDose(item)}`);
      lines.push(...wrapText(item.reason, width, '     ').map(style.dim));
    }
    const extras = plan.today.sessions.length - 1;
    if (extras > 0) {
      lines.push(`  Later today: ${plural(extras, 'short stretch session')}, for comfort.`);
    }
  }
  lines.push('', style.heading('The week ahead'), ...plan.week.map(weekRow));
  lines.push('', style.heading('Habits'));
  for (const habit of plan.habits) lines.push(...wrapText(habit.reason, width, '    ', '  - '));
  lines.push(
    '',
    style.dim(
      `After the session: psoas feedback. Screening due again by ${plan.screening.dueBy.slice(0, 10)}.`,
    ),
  );
  return joinLines(lines);
}

export async function runToday(client: ApiClient, options: TodayOptions, format: FormatOptions) {
  const plan = await client.getPlan(options.date);
  return options.json ? formatJson(plan.json) : formatToday(plan.data, format);
}
