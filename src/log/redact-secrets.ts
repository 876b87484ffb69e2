/**
 * Discord credentials as they appear in text: a webhook URL's token, a bot token, an Authorization
 * header, an interaction token in a callback path. The id before a token is kept (it names the target
 * and grants nothing); the token itself never leaves the process.
 */
const SECRET_PATTERNS: readonly RegExp[] = [
  // https://discord.com/api/webhooks/<id>/<token>, also follow-ups /webhooks/<application id>/<interaction token>
  /(\/webhooks\/\d+\/)[\w.-]+/g,
  // /interactions/<id>/<token>/callback
  /(\/interactions\/\d+\/)[\w.-]+/g,
  // Bot tokens: base64(user id) . timestamp . HMAC (ids of 17–20 digits give 23–27 characters first)
  /\b[MNO][\w-]{22,27}\.[\w-]{6,7}\.[\w-]{27,40}\b/g,
  /(\b(?:Bot|Bearer)\s+)[\w.-]{16,}/g,
];

/** Shorter values are not worth hunting: they would blank out ordinary words. */
const MIN_SECRET_LENGTH = 8;

export const REDACTED = '[redacted]';

export type Redactor = (text: string) => string;

/**
 * A redactor for the known patterns plus the exact secret values this process was given (a test's
 * or a proxy's token need not look like Discord's).
 */
export function createRedactor(secrets: readonly (string | undefined)[] = []): Redactor {
  const exact = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH))]
    // Longest first: a webhook URL is replaced whole before its token alone would be.
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const secret of exact) out = out.replaceAll(secret, REDACTED);
    return redactSecrets(out);
  };
}

/** Replaces every secret-shaped part of a string. */
export function redactSecrets(text: string): string {
  return SECRET_PATTERNS.reduce(
    (out, pattern) => out.replace(pattern, (_match, keep: unknown) => `${typeof keep === 'string' ? keep : ''}${REDACTED}`),
    text,
  );
}
