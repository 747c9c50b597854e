/** The one place errors become exit statuses and the text a user sees. */
import { ErrorCode, MoqlabError } from '../errors.js';

export const EXIT_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.Usage]: 2,
  [ErrorCode.ConfigInvalid]: 2,
  [ErrorCode.FileNotFound]: 2,
  [ErrorCode.PythonNotFound]: 3,
  [ErrorCode.WorkerStartFailed]: 3,
  [ErrorCode.ProtocolMismatch]: 3,
  [ErrorCode.WorkerDied]: 4,
  [ErrorCode.WorkerUnresponsive]: 4,
  [ErrorCode.DeadlineExceeded]: 4,
  [ErrorCode.Stalled]: 4,
  [ErrorCode.WorkerError]: 5,
  [ErrorCode.StoreSchema]: 6,
  [ErrorCode.StoreWrite]: 6,
  [ErrorCode.StoreUnreadable]: 6,
  [ErrorCode.RunNotFound]: 6,
  [ErrorCode.ExportInvalid]: 2,
  [ErrorCode.InvalidArgument]: 1,
  [ErrorCode.Interrupted]: 130,
};

export const UNEXPECTED_EXIT_STATUS = 1;

export function describeError(error: unknown): { text: string; status: number } {
  if (error instanceof MoqlabError) {
    const lines = [`moqlab: error [${error.code}${error.details.wireCode ? `/${error.details.wireCode}` : ''}]: ${error.message}`];
    if (error.hint) lines.push(`  fix: ${error.hint}`);
    if (process.env.MOQLAB_DEBUG && error.details.traceback) lines.push(error.details.traceback);
    return { text: lines.join('\n'), status: EXIT_STATUS[error.code] };
  }
  const e = error as Error;
  return { text: `moqlab: unexpected error: ${e?.stack ?? String(error)}`, status: UNEXPECTED_EXIT_STATUS };
}
