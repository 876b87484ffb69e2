/** Why a stage failed for one feed or article; decides retry and backoff. */
export type FailureKind =
  | 'timeout'
  | 'dns'
  | 'tls'
  | 'network'
  | 'http-4xx'
  | 'http-5xx'
  | 'too-large'
  | 'not-a-feed'
  | 'parse-error'
  | 'refused-url'
  | 'redirect-loop';

export type Stage = 'fetch' | 'feeds' | 'articles' | 'figures' | 'ledger' | 'notify';

export class StageError extends Error {
  readonly stage: Stage;
  readonly kind: FailureKind;
  constructor(stage: Stage, kind: FailureKind, message: string, options?: { cause?: unknown }) {
    super(`${stage}: ${message}`, options);
    this.name = 'StageError';
    this.stage = stage;
    this.kind = kind;
  }
}
