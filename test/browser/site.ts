// The example newspaper (pages/, photos/, .eleventy.js at the repository
// root) built to a temporary folder exactly as `npx eleventy` builds it, and
// served from 127.0.0.1 on a free port. Nothing here touches another host.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";

export const root = path.resolve(import.meta.dirname, "../..");

/** Builds the example site (under `pathPrefix`, if given) into a new temporary folder and returns that folder. */
export async function buildExample(pathPrefix?: string): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-browser-"));
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const elev = new Eleventy(".", out, { configPath: ".eleventy.js", quietMode: true, ...(pathPrefix ? { pathPrefix } : {}) });
    elev.disableLogger();
    await elev.write();
  } finally {
    process.chdir(cwd);
  }
  return out;
}

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".jpeg": "image/jpeg",
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".avif": "image/avif",
};

export interface Server {
  origin: string;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A static file server for `dir` on 127.0.0.1 (port chosen by the system);
 * `/x/` serves `/x/index.html`. With `prefix` ("/paper/"), `dir` is served
 * under it, as a host serves a site built with that pathPrefix.
 */
export async function serve(dir: string, prefix = "/"): Promise<Server> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    requests.push(pathname);
    // The site has no icon; browsers ask anyway.
    if (pathname === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    pathname = `/${pathname.slice(prefix.length)}`;
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.join(dir, pathname);
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Debian's chromium: the only browser these tests use (none is ever downloaded). */
export const CHROMIUM = "/usr/bin/chromium";
export const LAUNCH_ARGS = [
  "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-quic",
];
/** Locally a missing browser skips a browser suite; in CI (.ci/run installs chromium) it must run. */
export const skipBrowser = !fs.existsSync(CHROMIUM) && !process.env.CI;
