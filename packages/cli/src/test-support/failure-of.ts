import { CliError, type CliFailure } from '../errors.ts';

/** The failure a promise rejects with; a test fails when it resolves or throws anything else. */
export async function failureOf(promise: Promise<unknown>): Promise<CliFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return error.failure;
    throw error;
  }
  throw new Error('expected a CliError');
}
