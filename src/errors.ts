// One error type for everything banmian refuses, so the command line and the
// Eleventy plugin can print a sentence (file, line, what to do) instead of a
// stack trace.
export class BanmianError extends Error {
  readonly file?: string;
  readonly line?: number;

  constructor(message: string, where: { file?: string; line?: number } = {}) {
    super(message);
    this.name = "BanmianError";
    this.file = where.file;
    this.line = where.line;
  }

  /** `pages/2021-10-14/03.md:5: message` — the form editors and editors' tools know. */
  override toString(): string {
    // Messages written for the site often name the file already.
    const place = this.file && !this.message.startsWith(this.file) ? `${this.file}${this.line ? `:${this.line}` : ""}: ` : "";
    return `${place}${this.message}`;
  }
}
