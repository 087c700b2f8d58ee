// Progress of the steps that take long on a large archive (pages read,
// photos converted, files written, search bundles indexed). On a terminal,
// one line that updates in place; elsewhere (CI logs), a plain line now and
// then. Nothing for a step that ends before the first report is due.

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** `n` more done. */
  tick(n?: number): void;
  /** Clears the terminal's line; the caller logs the result. */
  done(): void;
}

export interface ProgressOptions {
  stream?: ProgressStream;
  /** Milliseconds, e.g. performance.now (a test gives its own clock). */
  now?: () => number;
  /** Before the first report, and between reports in a log. */
  delay?: number;
  /** Between updates of a terminal's line. */
  interval?: number;
}

export const NO_PROGRESS: Progress = { tick() {}, done() {} };

/** Progress of `label` (e.g. "writing the edition") out of `total`, reported with `prefix`. */
export function progress(prefix: string, label: string, total: number, options: ProgressOptions = {}): Progress {
  const { stream = process.stderr, now = () => performance.now(), delay = 2000 } = options;
  const tty = Boolean(stream.isTTY);
  const interval = options.interval ?? (tty ? 100 : delay * 5);
  const started = now();
  let next = started + delay;
  let count = 0;
  let shown = false;
  return {
    tick(n = 1) {
      count += n;
      const t = now();
      if (t < next || count >= total) return;
      next = t + interval;
      const line = `${prefix} ${label}: ${count.toLocaleString("en")} of ${total.toLocaleString("en")} (${Math.round((100 * count) / total)}%)`;
      stream.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
      shown = true;
    },
    done() {
      if (tty && shown) stream.write("\r\x1b[K");
    },
  };
}
