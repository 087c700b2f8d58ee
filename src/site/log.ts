// banmian's lines in an Eleventy run go through Eleventy's logger, so that
// they look like Eleventy's own and `--quiet` quiets them as it quiets
// Eleventy. Warnings name a file and line an editor must look at: they are
// shown even when quiet, like Eleventy's errors.
import { NO_PROGRESS, progress, type Progress } from "./progress.ts";

/** The part of Eleventy's ConsoleLogger used here (eleventyConfig.logger). */
export interface EleventyLogger {
  /** False with --quiet (and for JSON output). */
  isVerbose?: boolean;
  logWithOptions(options: { message: string; type?: "log" | "warn" | "error"; prefix?: string; color?: string; force?: boolean }): void;
}

export interface Log {
  /** Progress and results: quiet when Eleventy is. */
  log: (message: string) => void;
  /** `file:line: message`: always shown. */
  warn: (message: string) => void;
  /** Progress of a long step (see progress.ts): quiet when Eleventy is. */
  progress: (label: string, total: number) => Progress;
}

const PREFIX = "[banmian]";

/**
 * A log through `logger()`, the logger Eleventy has when a line is written
 * (Eleventy may replace it between builds, e.g. `disableLogger()`); on the
 * console when there is none.
 */
export function eleventyLog(logger: () => EleventyLogger | undefined): Log {
  return {
    log(message) {
      const l = logger();
      if (l) l.logWithOptions({ message, prefix: PREFIX });
      else console.log(`${PREFIX} ${message}`);
    },
    warn(message) {
      const l = logger();
      if (l) l.logWithOptions({ message, prefix: PREFIX, type: "warn", color: "yellow", force: true });
      else console.warn(`${PREFIX} ${message}`);
    },
    progress(label, total) {
      return logger()?.isVerbose === false ? NO_PROGRESS : progress(PREFIX, label, total);
    },
  };
}
