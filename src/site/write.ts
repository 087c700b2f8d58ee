// Writing the edition's files. Tens of thousands of small files: the writes
// go to libuv's thread pool (fs/promises), a bounded number at a time, while
// the main thread renders the next pages; each folder is made once. A file
// is written beside its final name and renamed over it, so a reader (or a
// hard-linked copy of the last build, see build.ts) never sees half a page.
import fs from "node:fs/promises";
import path from "node:path";

/** Where a site URL is written: `/2021/10/14/03/` → `2021/10/14/03/index.html`, `/feed.xml` → `feed.xml`. */
export function outputFile(url: string): string {
  const rel = url.replace(/^\//, "");
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}

export class OutputWriter {
  readonly dir: string;
  /** Absolute paths of every file written. */
  readonly written = new Set<string>();
  readonly #limit: number;
  readonly #folders = new Map<string, Promise<unknown>>();
  readonly #pending = new Set<Promise<void>>();
  #failure: unknown;

  constructor(dir: string, limit = 32) {
    this.dir = path.resolve(dir);
    this.#limit = limit;
  }

  /** Queues `content` for `url`; resolves once there is room for another write. */
  async write(url: string, content: string): Promise<void> {
    if (this.#failure) throw this.#failure;
    const file = path.join(this.dir, outputFile(url));
    this.written.add(file);
    const job = this.#writeFile(file, content).then(
      () => { this.#pending.delete(job); },
      (e: unknown) => { this.#pending.delete(job); this.#failure ??= e; },
    );
    this.#pending.add(job);
    if (this.#pending.size >= this.#limit) await Promise.race(this.#pending);
  }

  /** Waits for every queued write; throws the first write that failed. */
  async done(): Promise<void> {
    await Promise.all(this.#pending);
    if (this.#failure) throw this.#failure;
  }

  #folder(dir: string): Promise<unknown> {
    let made = this.#folders.get(dir);
    if (!made) this.#folders.set(dir, (made = fs.mkdir(dir, { recursive: true })));
    return made;
  }

  async #writeFile(file: string, content: string): Promise<void> {
    await this.#folder(path.dirname(file));
    const tmp = `${file}.banmian-tmp`;
    await fs.writeFile(tmp, content);
    await fs.rename(tmp, file);
  }
}
