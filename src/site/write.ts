// Writing the edition's files: tens of thousands of small files, each in a
// folder of its own. A file's folder and write cost the kernel more than
// rendering the page costs us, so a worker thread does them, in batches, on
// the other core, while the main thread renders the next pages.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { BanmianError } from "../errors.ts";
import type { Batch, Reply } from "./write-worker.ts";

/** Where a site URL is written: `/2021/10/14/03/` → `2021/10/14/03/index.html`, `/feed.xml` → `feed.xml`. */
export function outputFile(url: string): string {
  const rel = url.replace(/^\//, "");
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}

// Run from src/ (Node strips the types) or from the built dist/ alike.
const WORKER = new URL(import.meta.url.endsWith(".ts") ? "./write-worker.ts" : "./write-worker.js", import.meta.url);

/**
 * Pages are encoded here and their bytes moved to the worker, not copied:
 * a page's string then dies young. Held in a batch, strings outlived V8's
 * young generation, and at 20,000 printed pages the heap grew by a
 * gigabyte of them before a full collection (peak 1,620 MiB; 908 so).
 */
const UTF8 = new TextEncoder();

/** Files per message, and messages in flight: enough to keep the worker busy, few pages held in memory. */
const BATCH = 64;
const IN_FLIGHT = 8;

export class OutputWriter {
  readonly dir: string;
  /** Files written: a count, not their names (a million at 100,000 printed pages). */
  written = 0;
  readonly #script: URL;
  #worker: Worker | undefined;
  #batch: [string, Uint8Array<ArrayBuffer>][] = [];
  #next = 0;
  readonly #pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  readonly #inFlight = new Set<Promise<void>>();
  /** The first write that failed: every later call throws it. */
  #failure: Error | undefined;

  /** `script` is the worker's code (tests give one that dies). */
  constructor(dir: string, script: URL = WORKER) {
    this.dir = path.resolve(dir);
    this.#script = script;
  }

  /** Where `url` is written in this folder. */
  fileOf(url: string): string {
    return path.join(this.dir, outputFile(url));
  }

  /** Queues `content` for `file` (see fileOf); resolves once there is room for more. */
  async write(file: string, content: string): Promise<void> {
    if (this.#failure) throw this.#failure;
    this.written++;
    this.#batch.push([file, UTF8.encode(content)]);
    if (this.#batch.length >= BATCH) await this.#send();
  }

  /** Waits for every write; throws the first that failed. */
  async done(): Promise<void> {
    try {
      if (this.#batch.length) await this.#send();
      await Promise.allSettled(this.#inFlight);
      if (this.#failure) throw this.#failure;
    } finally {
      await this.close();
    }
  }

  /**
   * Stops the worker once the batches it was sent are written (never
   * mid-file); after a failure elsewhere, what was not sent is dropped.
   */
  async close(): Promise<void> {
    this.#batch = [];
    await Promise.allSettled(this.#inFlight);
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker) await worker.terminate();
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const job of this.#pending.values()) job.reject(this.#failure);
    this.#pending.clear();
  }

  #start(): Worker {
    const worker = new Worker(this.#script);
    worker.on("message", ({ id, failed }: Reply) => {
      const job = this.#pending.get(id);
      this.#pending.delete(id);
      if (failed) {
        this.#fail(new BanmianError(`could not write ${failed.file}: ${failed.error}`));
        job?.reject(this.#failure!);
      } else job?.resolve();
    });
    worker.on("error", (e) => this.#fail(new BanmianError(`the thread writing the edition failed: ${e.message}`)));
    // A worker that ends with writes outstanding (killed, out of memory) must fail the build, not leave it waiting.
    worker.on("exit", (code) => {
      if (this.#pending.size) this.#fail(new BanmianError(`the thread writing the edition stopped (exit code ${code}) with ${this.#pending.size} batch(es) of files unwritten`));
    });
    return worker;
  }

  async #send(): Promise<void> {
    const worker = (this.#worker ??= this.#start());
    const batch: Batch = { id: this.#next++, files: this.#batch };
    this.#batch = [];
    const sent = new Promise<void>((resolve, reject) => this.#pending.set(batch.id, { resolve, reject }));
    const job = sent.finally(() => this.#inFlight.delete(job));
    // Failures are kept in #failure and thrown by write() and done(): a settled job is not one to report twice.
    job.catch(() => {});
    this.#inFlight.add(job);
    worker.postMessage(batch, batch.files.map(([, bytes]) => bytes.buffer));
    if (this.#inFlight.size >= IN_FLIGHT) await Promise.race(this.#inFlight).catch(() => {});
    if (this.#failure) throw this.#failure;
  }
}
