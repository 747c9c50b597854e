/** Typed errors shared by every module. The CLI maps each code to an exit status in one place. */
export enum ErrorCode {
  /** A configuration file or value is invalid; the message names the JSON path and the fix. */
  ConfigInvalid = 'CONFIG_INVALID',
  /** A file the user named (config, checkpoint, data) does not exist or cannot be read. */
  FileNotFound = 'FILE_NOT_FOUND',
  /** No Python interpreter that can import torch was found. */
  PythonNotFound = 'PYTHON_NOT_FOUND',
  /** The worker process could not be started or did not complete the handshake in time. */
  WorkerStartFailed = 'WORKER_START_FAILED',
  /** The worker process exited or was killed while requests were pending. */
  WorkerDied = 'WORKER_DIED',
  /** The worker stopped sending heartbeats. */
  WorkerUnresponsive = 'WORKER_UNRESPONSIVE',
  /** A request did not get its reply before its deadline. */
  DeadlineExceeded = 'DEADLINE_EXCEEDED',
  /** The worker lives (heartbeats) but finished no training step for longer than the run allows. */
  Stalled = 'STALLED',
  /** Controller and worker speak different protocol versions. */
  ProtocolMismatch = 'PROTOCOL_MISMATCH',
  /** The worker answered a request with an error (its wire code is in `details.wireCode`). */
  WorkerError = 'WORKER_ERROR',
  /** The tracking database has a schema this version cannot use. */
  StoreSchema = 'STORE_SCHEMA',
  /** The tracking store's file cannot be read as a database: a directory, a text file, a truncated or damaged file. */
  StoreUnreadable = 'STORE_UNREADABLE',
  /**
   * The tracking database refused a write (locked by another process past its busy timeout, a full
   * disk, an I/O error); `details.sqlite` has SQLite's code.
   */
  StoreWrite = 'STORE_WRITE',
  /** No run (or more than one) matches the id the user gave. */
  RunNotFound = 'RUN_NOT_FOUND',
  /** The user interrupted the work (Ctrl-C). */
  Interrupted = 'INTERRUPTED',
  /** Bad command-line usage. */
  Usage = 'USAGE',
  /** A library function was given a value outside its contract (a bug in the calling code, not in user input). */
  InvalidArgument = 'INVALID_ARGUMENT',
  /** A run export (CSV or JSON) given back to moqlab could not be read; the message names the line or field. */
  ExportInvalid = 'EXPORT_INVALID',
}

export interface ErrorOptions {
  /** What the user should do about it, one sentence. */
  hint?: string;
  details?: Record<string, string>;
  cause?: unknown;
}

export class MoqlabError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly details: Record<string, string>;

  constructor(code: ErrorCode, message: string, options: ErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MoqlabError';
    this.code = code;
    this.hint = options.hint;
    this.details = options.details ?? {};
  }
}

export function isMoqlabError(e: unknown, code?: ErrorCode): e is MoqlabError {
  return e instanceof MoqlabError && (code === undefined || e.code === code);
}
