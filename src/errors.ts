// One error type for everything banmian refuses, so the command line and the
// Eleventy plugin can print a sentence (file, line, what to do) instead of a
// stack trace. A bug is not one of them: it keeps its type and stack trace.
export class BanmianError extends Error {
  readonly file?: string;
  readonly line?: number;
  /** Eleventy prints a sentence, not the stack trace, for an error carrying this. */
  readonly skipOriginalStack = true;

  /**
   * The message is `pages/2021-10-14/03.md:5: message`, the form editors and
   * editors' tools know, wherever it is printed (Eleventy prints the message).
   */
  constructor(message: string, where: { file?: string; line?: number; cause?: unknown } = {}) {
    super(located(message, where.file, where.line), where.cause === undefined ? undefined : { cause: where.cause });
    this.name = "BanmianError";
    this.file = where.file;
    this.line = where.line;
  }

  override toString(): string {
    return this.message;
  }
}

/** Where a message points an editor: a page file, and a line of it. */
export interface Place {
  file: string;
  line?: number;
}

/** `file:line: message`; messages written for the site often name the file already. */
export function located(message: string, file?: string, line?: number): string {
  if (!file || message.startsWith(file)) return message;
  return `${file}${line ? `:${line}` : ""}: ${message}`;
}

/** Errors only a mistake in code throws (banmian's, or a site's filter or transform). */
const BUGS = [TypeError, ReferenceError, RangeError];

/**
 * Whether `error`, or what caused it (Nunjucks and Eleventy wrap errors in
 * their own), is a bug rather than something the input or the site's
 * settings can fix.
 */
export function isBug(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 10; depth++) {
    if (e instanceof BanmianError) return false;
    if (BUGS.some((type) => e instanceof type)) return true;
    const next = e as { originalError?: unknown; cause?: unknown };
    e = next.originalError ?? next.cause;
  }
  return false;
}
