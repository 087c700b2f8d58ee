// The `banmian` command line: outline, split, check, export, build and merge.
// Exit 0 on success, 1 when input cannot be read or built, 2 on bad usage.
import fs from "node:fs";
import { BanmianError } from "../errors.ts";
import { parseArgs, UsageError, type Command, type Io } from "./args.ts";
import { buildCommand } from "./build.ts";
import { checkCommand } from "./check.ts";
import { exportCommand } from "./export.ts";
import { mergeCommand } from "./merge.ts";
import { outlineCommand } from "./outline.ts";
import { splitCommand } from "./split.ts";

export type { Io } from "./args.ts";

const COMMANDS: Record<string, Command> = { outline: outlineCommand, split: splitCommand, check: checkCommand, export: exportCommand, build: buildCommand, merge: mergeCommand };

export const USAGE = `usage: banmian COMMAND [OPTIONS]
  banmian outline FILE… [--json]     print the reading of page files
  banmian split DUMP --paper NAME --date YYYY-MM-DD --out DIR [--first-page N] [--page-name NAME] [--force]
                                     write one page file per printed page
  banmian check [PAGES] [--photos DIR] [--ledger DIR] [--undated] [--fix] [--strict] [--report DIR]
                                     check every page file and the URL ledger as a build would
  banmian export PAGES… --out DIR [--paper NAME] [--undated]
                                     write the text and data downloads of page files into DIR
  banmian build [--input DIR] [--output DIR] [--config FILE] [--pathprefix /PATH/] [--quiet]
                                     build the site; the output changes only if the build succeeds
  banmian merge PART… --into DIR     join the output folders of a build split by year (docs/scale.md)
  banmian COMMAND --help             every option of a command
  banmian --version                  the version of banmian`;

const stdio: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

function version(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === "--version" || name === "-v") {
      io.out(`${version()}\n`);
      return 0;
    }
    if (name === "help" || name === "--help" || name === "-h") {
      const command = args[0] ? COMMANDS[args[0]] : undefined;
      io.out(`${command?.usage ?? USAGE}\n`);
      return 0;
    }
    const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name]! : undefined;
    if (!command) throw new UsageError(name ? `unknown command “${name}”` : "no command given");
    const { rest, flags } = parseArgs(args, command);
    if (flags.has("help")) {
      io.out(`${command.usage}\n`);
      return 0;
    }
    return await command.run(rest, flags, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`banmian: ${e.message}\n${e.usage ?? USAGE}\n`);
      return 2;
    }
    if (e instanceof BanmianError) {
      io.err(`banmian: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
