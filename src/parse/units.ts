// Lines → units. A unit is one piece of print the reading rules look at: a
// title line, a credit, a paragraph or a piece of one. Most layouts give one
// unit per line (blank-line separated blocks, one paragraph per line); text
// hard-wrapped at a column width (PDF extraction) is first rejoined into the
// paragraphs the wrapping cut.
import type { MarkRole } from "../model.ts";
import { DESK_CODE, joinPieces, opensWithDash, splitLines, unLetterSpace } from "./text.ts";

/** An editor's mark on a line (marks.ts). */
export interface Mark {
  /**
   * The role the mark gives its line. `##` is a kicker above a `#` headline
   * and a subtitle below it: the reading settles which.
   */
  role: MarkRole;
  /** A photo mark's file, as written between the brackets: ![](chongyang.jpg). */
  src?: string;
}

export interface Unit {
  text: string;
  /** First and last source line (1-based, the file's own numbering). */
  line: number;
  lastLine: number;
  /** Blank lines before it: where blank lines set only articles apart, they are part of the reading. */
  gap: number;
  /** An editor's mark that fixes the unit's role (marks.ts). */
  mark?: Mark;
}

interface Line {
  text: string;
  n: number;
  gap: number;
}

/** Paragraph ends inside wrapped text: a sentence end on a line shorter than the column. */
const SENTENCE_END = new RegExp(`[。！？!?][”’」』）)]?(?:${DESK_CODE})?$`, "u");

/**
 * 区域协调发展是中国式现代化的内在要求。   我国幅员辽阔…: some app and site copies
 * run a story's paragraphs together on one line, set apart by a run of spaces.
 */
const INLINE_PARAGRAPH_BREAK = /(?<=[。！？!?”’])[ \u3000]{3,}/u;

/** The smallest and largest column widths (characters) read as hard wrapping. */
const WRAP_WIDTH = { min: 8, max: 45 } as const;

const length = (s: string) => [...s].length;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Punctuation inside sentences: wrapped prose holds some, a run of title lines none. */
const PROSE = /[，。、；！？,;]/u;

/**
 * The column width a block of lines was wrapped at, or 0 when it was not
 * wrapped. Title lines over a paragraph (no blank line between) are alike in
 * length too: the lines that would be joined must hold some prose.
 */
function wrapWidth(block: Line[]): number {
  if (block.length < 3 || !block.slice(0, -1).some((l) => PROSE.test(l.text))) return 0;
  // Lines that all end a sentence are a paragraph each (web copies), however alike in length:
  // a column cuts wrapped text at a sentence end only now and then.
  const ends = block.slice(0, -1).filter((l) => SENTENCE_END.test(l.text)).length;
  if (ends * 2 >= block.length - 1) return 0;
  const widths = block.slice(0, -1).map((l) => length(l.text));
  const w = median(widths);
  if (w < WRAP_WIDTH.min || w > WRAP_WIDTH.max) return 0;
  const near = widths.filter((x) => x >= w - 3 && x <= w + 1).length;
  return near / widths.length >= 0.6 ? w : 0;
}

/**
 * Splits text into units. `standsAlone` names lines that are never part of a
 * wrapped paragraph (footers, credits, jump lines), so rejoining cannot
 * swallow them.
 */
export function toUnits(text: string, firstLine: number, standsAlone: (line: string) => boolean): Unit[] {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  const rawLines = splitLines(text);
  let gap = 0;
  for (let i = 0; i < rawLines.length; i++) {
    // trim() takes off exactly what \s matches, the ideographic space and the BOM among it.
    const cleaned = unLetterSpace(rawLines[i]!.trim());
    if (cleaned) {
      // Tested before it is split: most lines hold no such break, and testing is the cheaper.
      if (!INLINE_PARAGRAPH_BREAK.test(cleaned)) block.push({ text: cleaned, n: firstLine + i, gap });
      else {
        // Paragraphs set apart on one line were never wrapped: each is a block of its own.
        if (block.length) blocks.push(block);
        blocks.push(...cleaned.split(INLINE_PARAGRAPH_BREAK).map((piece, k) => [{ text: piece, n: firstLine + i, gap: k ? 0 : gap }]));
        block = [];
      }
      gap = 0;
    } else {
      gap++;
      if (block.length) {
        blocks.push(block);
        block = [];
      }
    }
  }
  if (block.length) blocks.push(block);

  const widths = blocks.map(wrapWidth);
  const wrapped = widths.filter(Boolean);
  const pageWidth = wrapped.length ? median(wrapped) : 0;

  const units: Unit[] = [];
  blocks.forEach((lines, b) => {
    let width = widths[b]!;
    // A two-line block in wrapped text: wrapped if its first line fills the column.
    if (!width && pageWidth && lines.length === 2) {
      const first = length(lines[0]!.text);
      if (first >= pageWidth - 2 && first <= pageWidth + 1) width = pageWidth;
    }
    if (!width) {
      for (const l of lines) units.push({ text: l.text, line: l.n, lastLine: l.n, gap: l.gap });
      return;
    }
    let open: Unit | undefined;
    // The pieces of the open unit, joined once when it closes (linear in the text).
    let pieces: string[] = [];
    const close = () => {
      if (open && pieces.length > 1) open.text = joinPieces(pieces);
    };
    let prevLine = "";
    for (const l of lines) {
      const breakHere =
        !open ||
        standsAlone(l.text) ||
        standsAlone(prevLine) ||
        opensWithDash(l.text) ||
        (SENTENCE_END.test(prevLine) && length(prevLine) < width - 1);
      if (breakHere) {
        close();
        open = { text: l.text, line: l.n, lastLine: l.n, gap: l.gap };
        pieces = [l.text];
        units.push(open);
      } else {
        pieces.push(l.text);
        open!.lastLine = l.n;
      }
      prevLine = l.text;
    }
    close();
  });
  return units;
}
