// The `banmian` command line: outline and split over the parse layer.
// Exit 0 on success, 1 when input cannot be read, 2 on bad usage.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import { decodeText, readPageFile, parsePages } from "../parse/index.ts";
import type { PageModel } from "../model.ts";
import { outline } from "./outline.ts";
import { check } from "./check.ts";

export const USAGE = `usage:
  banmian outline FILE… [--json]     print the reading of page files
  banmian split DUMP --paper NAME --date YYYY-MM-DD --first-page N --out DIR
                                     write one page file per printed page
  banmian check [DIR]                check every page file under DIR (default: pages)
  banmian build [--input DIR] [--output DIR] [--config FILE] [--pathprefix /PATH/]
                                     build the site; the output changes only if the build succeeds
  banmian merge PART… --into DIR     join the output folders of a build split by year (docs/scale.md)`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

class UsageError extends Error {}

/** Reads a page file from disk: bytes → text (any encoding we know) → pages. */
export function readFile(file: string): PageModel[] {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : (e as Error).message;
    throw new BanmianError(`cannot read: ${why}`, { file });
  }
  const decoded = decodeText(bytes, file);
  const pages = readPageFile(decoded.text, file);
  if (decoded.warning) pages[0]?.warnings.unshift({ line: 1, message: decoded.warning });
  return pages;
}

/** Splits argv into positionals and --flags (with values where the flag takes one). */
function parseArgs(args: string[], valued: string[], bare: string[]): { rest: string[]; flags: Map<string, string> } {
  const rest: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith("--")) {
      rest.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (bare.includes(name)) flags.set(name, "");
    else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else throw new UsageError(`unknown option --${name}`);
  }
  return { rest, flags };
}

function outlineCommand(args: string[], io: Io): number {
  const { rest, flags } = parseArgs(args, [], ["json"]);
  if (!rest.length) throw new UsageError("outline needs at least one FILE");
  const pages: PageModel[] = [];
  for (const file of rest) {
    const read = readFile(file);
    pages.push(...read);
    if (!flags.has("json")) io.out(outline(file, read));
  }
  if (flags.has("json")) io.out(`${JSON.stringify({ pages }, null, 2)}\n`);
  return 0;
}

/** Writes a file whole or not at all: a temporary name, then a rename. */
function writeWhole(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

function splitCommand(args: string[], io: Io): number {
  const { rest, flags } = parseArgs(args, ["paper", "date", "first-page", "out", "page-name"], ["force"]);
  if (rest.length !== 1) throw new UsageError("split needs exactly one DUMP file");
  const [dump] = rest as [string];
  const paper = flags.get("paper");
  const date = flags.get("date");
  const out = flags.get("out");
  const firstPage = Number(flags.get("first-page") ?? "1");
  if (!paper) throw new UsageError("split needs --paper NAME");
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError("split needs --date YYYY-MM-DD");
  if (!out) throw new UsageError("split needs --out DIR");
  if (!Number.isInteger(firstPage) || firstPage < 1) throw new UsageError("--first-page must be a whole number from 1");

  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(dump);
  } catch (e) {
    throw new BanmianError(`cannot read: ${(e as Error).message}`, { file: dump });
  }
  const decoded = decodeText(bytes, dump);
  // The page files are written as UTF-8: say what the dump was.
  if (decoded.warning) io.err(`${dump}:1: ${decoded.warning}\n`);
  const lines = decoded.text.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/);
  const pages = parsePages(decoded.text, { paper, date, page: firstPage });
  const targets = pages.map((p) => path.join(out, date, `${String(p.page).padStart(2, "0")}.md`));
  const existing = targets.filter((t) => fs.existsSync(t));
  if (existing.length && !flags.has("force")) {
    throw new BanmianError(`would overwrite ${existing.join(", ")}; pass --force to replace them`, { file: dump });
  }
  pages.forEach((p, k) => {
    const yaml = [
      "---",
      `# split from ${path.basename(dump)}, lines ${p.lines.from}–${p.lines.to}`,
      `paper: ${JSON.stringify(paper)}`,
      `date: ${date}`,
      `page: ${p.page}`,
      ...(flags.get("page-name") && k === 0 ? [`pageName: ${JSON.stringify(flags.get("page-name"))}`] : []),
      "---",
      "",
    ].join("\n");
    const text = lines.slice(p.lines.from - 1, p.lines.to).join("\n");
    writeWhole(targets[k]!, `${yaml}${text}\n`);
    io.err(`${targets[k]}: page ${p.page}, ${p.items.length} items (lines ${p.lines.from}–${p.lines.to})\n`);
  });
  return 0;
}

function countFiles(dir: string): number {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) => e.isFile()).length;
}

async function buildCommand(args: string[], io: Io): Promise<number> {
  const { rest, flags } = parseArgs(args, ["input", "output", "config", "pathprefix"], ["quiet"]);
  if (rest.length) throw new UsageError(`build takes no file names (got ${rest.join(" ")})`);
  const started = performance.now();
  // Eleventy is loaded only for this command: outline, split and check never need it.
  const { buildSite } = await import("../site/build.ts");
  const { output } = await buildSite({
    input: flags.get("input"),
    output: flags.get("output"),
    configPath: flags.get("config") ?? ".eleventy.js",
    pathPrefix: flags.get("pathprefix"),
    quiet: flags.has("quiet"),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.err(`banmian: built ${path.relative(process.cwd(), output) || output} (${countFiles(output)} files) in ${seconds} s\n`);
  return 0;
}

async function mergeCommand(args: string[], io: Io): Promise<number> {
  const { rest, flags } = parseArgs(args, ["into"], []);
  const into = flags.get("into");
  if (!into || rest.length === 0) throw new UsageError("merge needs the parts' output folders and --into DIR");
  const { mergeSites } = await import("../site/merge.ts");
  io.err(`banmian: merged ${rest.length} parts into ${into} (${mergeSites(rest, into)} files)\n`);
  return 0;
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "outline":
        return outlineCommand(args, io);
      case "split":
        return splitCommand(args, io);
      case "check":
        return await check(args, io);
      case "build":
        return await buildCommand(args, io);
      case "merge":
        return await mergeCommand(args, io);
      case "help":
      case "--help":
      case "-h":
        io.out(`${USAGE}\n`);
        return 0;
      default:
        throw new UsageError(command ? `unknown command “${command}”` : "no command given");
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`banmian: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof BanmianError) {
      io.err(`banmian: ${e.toString()}\n`);
      return 1;
    }
    throw e;
  }
}
