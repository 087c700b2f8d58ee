// banmian's lines in an Eleventy run go through Eleventy's logger, so that
// they look like Eleventy's own and `--quiet` quiets them as it quiets
// Eleventy. Warnings name a file and line an editor must look at: they are
// shown even when quiet, like Eleventy's errors.
import { located, type Place } from "../errors.ts";
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
  /** A warning, always shown; one about a file is shown as `file:line: message`. */
  warn: (message: string, at?: Place) => void;
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
    warn(text, at) {
      const message = located(text, at?.file, at?.line);
      const l = logger();
      if (l) l.logWithOptions({ message, prefix: PREFIX, type: "warn", color: "yellow", force: true });
      else console.warn(`${PREFIX} ${message}`);
    },
    progress(label, total) {
      return logger()?.isVerbose === false ? NO_PROGRESS : progress(PREFIX, label, total);
    },
  };
}
