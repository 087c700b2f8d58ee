// Editor's marks: Markdown on a line of the page file that fixes the line's
// role where the reading is wrong (README, "Editor's marks"). They are read
// with markdown-it, HTML off, so a marked page means in any Markdown preview
// what it means here; only the mark itself is Markdown, the rest of the line
// stays print text as it stands. A page with no mark never reaches
// markdown-it: unmarked print text is read exactly as before.
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import type { MarkRole, Warning } from "../model.ts";
import { splitLines, unLetterSpace } from "./text.ts";
import { toUnits, type Mark, type Unit } from "./units.ts";

/** The role of each heading level: # 主题, ## 引题 or 副题, ### (and deeper) 小标题. */
const HEADINGS: Record<string, MarkRole> = {
  h1: "headline", h2: "kicker", h3: "crosshead", h4: "crosshead", h5: "crosshead", h6: "crosshead",
};

/** Lines that may hold a mark: #, \, ![, *, _, - at their head. Any other page skips markdown-it. */
const CANDIDATE_HEAD = "[ \\t]{0,3}[#\\\\!*_-]";
// The text's first line, then any line after a break: a multiline ^ is tried at every character, a line break is found faster.
const candidateFirst = new RegExp(`^${CANDIDATE_HEAD}`, "u");
const candidateAfterBreak = new RegExp(`[\\n\\r\\u2028\\u2029]${CANDIDATE_HEAD}`, "u");

// Block structure only: inline Markdown is read line by line, for the lines that may hold a mark.
const md = new MarkdownIt("commonmark", { html: false });
md.core.ruler.disable("inline");
// A photo's file name is kept as written, not percent-encoded for a URL.
md.normalizeLink = (url) => url;

interface Found {
  mark: Mark;
  /** The line's print text, the mark taken off. */
  text: string;
}

/**
 * The mark a line of a paragraph holds, if any: `\` (body text), `*…*`
 * (a credit) or `![title](file)` (a photo stands here).
 */
function inlineMark(raw: string, line: number, problems: Warning[]): Found | undefined {
  const text = raw.trim();
  if (text.startsWith("\\")) return text.length > 1 ? { mark: { role: "body" }, text: text.slice(1) } : undefined;
  if (!/^[!*_]/u.test(text)) return undefined;
  const tokens: Token[] = [];
  md.inline.parse(text, md, {}, tokens);
  const parts = tokens.filter((t) => t.type !== "text" || t.content.trim());
  const [first] = parts;
  if (parts.length === 1 && first!.type === "image") {
    const src = first!.attrGet("src");
    const title = first!.attrGet("title");
    if (title) problems.push({ line, message: `the photo mark's quoted title (“${title}”) is not read: put the photo's title in the brackets, its caption on the next line` });
    return { mark: { role: "photo", ...(src ? { src } : {}) }, text: first!.content };
  }
  // One emphasis around the whole line (*本报通讯员 杜文翰*), not two spans side by side.
  if (first?.type !== "em_open" || parts.at(-1)!.type !== "em_close") return undefined;
  let depth = 0;
  for (const [k, t] of parts.entries()) {
    if (t.type === "em_open") depth++;
    if (t.type === "em_close" && --depth === 0 && k < parts.length - 1) return undefined;
  }
  return { mark: { role: "credit" }, text: text.slice(first.markup.length, -first.markup.length) };
}

/** The marks of a text, by line index (0-based), and what they make the reader warn of. */
function findMarks(text: string): { found: Map<number, Found>; problems: Warning[]; lines: string[] } {
  const found = new Map<number, Found>();
  const problems: Warning[] = [];
  if (!candidateFirst.test(text) && !candidateAfterBreak.test(text)) return { found, problems, lines: [] };
  const lines = splitLines(text);
  const tokens = md.parse(text, {});
  const paragraphLines = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const f = inlineMark(lines[k]!, k, problems);
      if (f) found.set(k, f);
    }
  };
  tokens.forEach((t, k) => {
    if (t.level !== 0 || !t.map) return;
    const [from, to] = t.map;
    if (t.type === "hr") found.set(from, { mark: { role: "break" }, text: "" });
    else if (t.type === "paragraph_open") paragraphLines(from, to);
    else if (t.type === "heading_open" && t.markup.startsWith("#")) {
      const text = tokens[k + 1]!.content;
      if (text) found.set(from, { mark: { role: HEADINGS[t.tag]! }, text });
    } else if (t.type === "heading_open") {
      // Setext: `---` right under a line underlines it (a heading in any preview), no article break.
      paragraphLines(from, to - 1);
      if (t.markup === "-" && /-{3}/u.test(lines[to - 1]!)) {
        problems.push({ line: to - 1, message: "`---` right under a line is no article break: Markdown reads it as underlining the line above. Leave a blank line before it" });
      }
    }
  });
  return { found, problems, lines };
}

/**
 * Lines → units, as toUnits does, with each marked line a unit of its own
 * carrying its mark (so no wrapped paragraph swallows it), and what the
 * marks make the reader warn of. Line numbers are the file's own.
 */
export function markedUnits(
  text: string,
  firstLine: number,
  standsAlone: (line: string) => boolean,
): { units: Unit[]; problems: Warning[] } {
  const { found, problems, lines } = findMarks(text);
  for (const p of problems) p.line += firstLine;
  if (!found.size) return { units: toUnits(text, firstLine, standsAlone), problems };
  const plain = toUnits(lines.map((l, k) => (found.has(k) ? "" : l)).join("\n"), firstLine, standsAlone);
  const marked: Unit[] = [...found].map(([k, f]) => ({
    text: unLetterSpace(f.text.trim()),
    line: firstLine + k,
    lastLine: firstLine + k,
    gap: 0,
    mark: f.mark,
  }));
  const units: Unit[] = [];
  let m = 0;
  for (const u of plain) {
    while (m < marked.length && marked[m]!.line < u.line) units.push(marked[m++]!);
    units.push(u);
  }
  units.push(...marked.slice(m));
  // Blank lines before each unit as the file has them: a mark line is no blank line.
  for (const u of units) {
    let k = u.line - firstLine;
    while (k > 0 && !lines[k - 1]!.trim()) k--;
    u.gap = u.line - firstLine - k;
  }
  return { units, problems };
}

/**
 * The text with every mark taken off, line for line: what conservation
 * counts. A photo mark keeps its title and loses its file name.
 */
export function withoutMarks(text: string): string {
  const { found, lines } = findMarks(text);
  return found.size ? lines.map((l, k) => found.get(k)?.text ?? l).join("\n") : text;
}
