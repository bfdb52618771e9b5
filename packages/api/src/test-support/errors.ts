import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { AppError } from '../errors.js';

/** The parts of a refused call a test looks at: tRPC's code and our application code. */
export async function rejectionOf(
  call: Promise<unknown>,
): Promise<{ code: string; appCode: string; params: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.cause instanceof AppError) {
      return { code: error.code, appCode: error.cause.appCode, params: error.cause.params };
    }
    if (error.cause instanceof ZodError)
      return { code: error.code, appCode: 'VALIDATION_FAILED', params: {} };
    return { code: error.code, appCode: 'UNKNOWN', params: {} };
  }
  throw new Error('Expected the call to be refused, but it succeeded.');
}
