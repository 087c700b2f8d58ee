// What every command shares: where it writes, how its arguments are read,
// and the error for bad usage (exit 2, with the command's usage).

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Bad usage: the message, then the usage of the command it concerns. */
export class UsageError extends Error {
  readonly usage?: string;

  constructor(message: string, usage?: string) {
    super(message);
    this.usage = usage;
  }
}

/** A command: its usage (every option documented) and what it does; returns the exit code. */
export interface Command {
  usage: string;
  /** Option names taking a value, and bare flags; `--help` is every command's. */
  valued: string[];
  bare: string[];
  run(rest: string[], flags: Map<string, string>, io: Io): number | Promise<number>;
}

/** Splits argv into positionals and --flags (with values where the flag takes one). */
export function parseArgs(args: string[], command: Command): { rest: string[]; flags: Map<string, string> } {
  const rest: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-h") {
      flags.set("help", "");
      continue;
    }
    if (!a.startsWith("--")) {
      rest.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (name === "help" || command.bare.includes(name)) flags.set(name, "");
    else if (command.valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`, command.usage);
      flags.set(name, value);
    } else throw new UsageError(`unknown option --${name}`, command.usage);
  }
  return { rest, flags };
}
