import { z } from 'zod';

/**
 * RFC 9457 problem details, as every API error is answered. `code` is the stable machine
 * code (the same strings as core's DomainError codes); clients branch on it, never on text.
 */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
