import {
  asInstant,
  breakKindSchema,
  breakSettingsSchema,
  reminderReasonSchema,
  urgencySchema,
  type BreakLogEntry,
  type BreakState,
  type Expect,
  type Mirrors,
} from '@psoas/core';
import { z } from 'zod';

/**
 * The shapes break data is stored in (jsonb): core's types as they are, instants as epoch
 * milliseconds. What is read back is parsed again (CONVENTIONS "Validation at the edges"), so a
 * row written by an older version fails loudly here instead of feeding the reducer nonsense.
 */

const instant = z
  .number()
  .int()
  .transform((ms) => asInstant(ms));

const sittingPhase = z.strictObject({
  kind: z.literal('sitting'),
  startedAt: instant,
  dueAt: instant,
});
const remindingPhase = z.strictObject({
  kind: z.literal('reminding'),
  dueAt: instant,
  remindedAt: instant,
  urgency: urgencySchema,
});
const snoozedPhase = z.strictObject({
  kind: z.literal('snoozed'),
  dueAt: instant,
  until: instant,
  urgency: urgencySchema,
});

const phaseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('off-hours') }),
  sittingPhase,
  remindingPhase,
  snoozedPhase,
  z.strictObject({
    kind: z.literal('away'),
    since: instant,
    resume: z.discriminatedUnion('kind', [sittingPhase, remindingPhase, snoozedPhase]),
  }),
]);

const count = z.number().int().min(0);

export const storedBreakStateSchema = z.strictObject({
  settings: breakSettingsSchema,
  phase: phaseSchema,
  meeting: z.strictObject({ since: instant, expiresAt: instant }).nullable(),
  lastEventAt: instant,
  sittingSince: instant.nullable(),
  period: z.strictObject({ start: instant, end: instant }).nullable(),
  lastReminderAt: instant.nullable(),
  skipsInARow: count,
  snoozesInARow: count,
  breaksOffered: count,
});

export const storedBreakLogEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sat'), from: instant, to: instant }),
  z.strictObject({
    kind: z.literal('reminded'),
    at: instant,
    urgency: urgencySchema,
    reason: reminderReasonSchema,
  }),
  z.strictObject({
    kind: z.literal('break-taken'),
    at: instant,
    minutes: z.number().min(0),
    breakKind: breakKindSchema,
  }),
  z.strictObject({ kind: z.literal('natural-break'), from: instant, to: instant }),
  z.strictObject({ kind: z.literal('snoozed'), at: instant }),
  z.strictObject({
    kind: z.literal('skipped'),
    at: instant,
    how: z.enum(['explicit', 'ignored']),
  }),
]);

/** The instant a log entry is filed under (break_log.at): its start, or its moment. */
export function filedAt(entry: BreakLogEntry): number {
  return 'from' in entry ? entry.from : entry.at;
}

/** Fails to compile when core's types change and the stored shapes here do not. */
export type BreakStorageMirrorChecks = [
  Expect<Mirrors<z.output<typeof storedBreakStateSchema>, BreakState>>,
  Expect<Mirrors<z.output<typeof storedBreakLogEntrySchema>, BreakLogEntry>>,
];
