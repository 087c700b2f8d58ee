// `banmian merge`: the output folders of a build split by year joined into
// one site (site/merge.ts, docs/scale.md).
import { UsageError, type Command } from "./args.ts";

export const mergeCommand: Command = {
  usage: `usage: banmian merge PART… --into DIR
  Joins the output folders of a build split by year (the plugin's \`years\`
  option, one CI job per part) into the site one build would have written;
  a file two parts both wrote must be the same bytes, else the merge stops.
  PART…        the parts' output folders
  --into DIR   the folder the whole site is written to`,
  valued: ["into"],
  bare: [],
  async run(rest, flags, io) {
    const into = flags.get("into");
    if (!into || rest.length === 0) throw new UsageError("merge needs the parts' output folders and --into DIR", this.usage);
    const { mergeSites } = await import("../site/merge.ts");
    io.err(`banmian: merged ${rest.length} parts into ${into} (${mergeSites(rest, into)} files)\n`);
    return 0;
  },
};
