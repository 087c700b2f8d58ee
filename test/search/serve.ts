// The example newspaper built to a temporary folder as `npx eleventy` builds
// it (Pagefind index included), served from 127.0.0.1 on a free port.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";

export const root = path.resolve(import.meta.dirname, "../..");

/** Builds the repository's example site into a new temporary folder. */
export async function buildExample(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-search-"));
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const elev = new Eleventy(".", out, { configPath: ".eleventy.js", quietMode: true });
    elev.disableLogger();
    await elev.write();
  } finally {
    process.chdir(cwd);
  }
  return out;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
};

export interface Server {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

/** Static files of `dir`; `/x/` serves `/x/index.html`. Records every path asked for. */
export async function serve(dir: string): Promise<Server> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    requests.push(pathname);
    // The site has no icon; browsers ask anyway.
    if (pathname === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    const file = path.join(dir, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
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
