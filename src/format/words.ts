// Where a headline may break. clreq: a headline breaks between words, never
// inside one ("狠抓|落实", not "狠|抓落实"). The layouts set headlines with
// `word-break: keep-all` and mark these places with <wbr>.

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** Marks that open a phrase (and the dash that leads a subtitle): a break never follows them. */
const OPENING = /^[“‘（(《〈「『【〔［\[—]+$/u;
const SPACE = /^\s+$/u;
/** A word the dictionary left short: one character, or a number (10月13日 stays whole). */
const short = (segment: string, wordLike: boolean) => wordLike && ([...segment].length === 1 || /^[0-9０-９.．%％]+$/u.test(segment));

/** A phrase between spaces up to this long stays whole: 解放思想 深化改革 狠抓落实 breaks at its spaces only. */
const PHRASE = 8;

/**
 * The headline cut into pieces that may not be broken: the phrases between
 * its spaces when they are short, else words from ICU's dictionary, with a
 * run of one-character words kept whole (the dictionary splits names it does
 * not know: 铁|东, 两|险) and punctuation kept with the word it belongs to.
 * Joined, the pieces give back `text`.
 */
export function headlineUnits(text: string): string[] {
  return text.split(/(\s+)/u).flatMap((part) => (part === "" ? [] : SPACE.test(part) || [...part].length <= PHRASE ? [part] : wordUnits(part)));
}

function wordUnits(text: string): string[] {
  const units: string[] = [];
  let prevSegment = "";
  let prevShort = false;
  for (const { segment, isWordLike = false } of segmenter.segment(text)) {
    const last = units.at(-1);
    const glue = last !== undefined && !SPACE.test(segment) && !SPACE.test(last.at(-1)!) && (
      (!isWordLike && !OPENING.test(segment)) // closing marks, dashes, 、
      || OPENING.test(prevSegment)
      || (prevShort && short(segment, isWordLike))
    );
    if (glue) units[units.length - 1] = last + segment;
    else units.push(segment);
    prevSegment = segment;
    prevShort = short(segment, isWordLike);
  }
  return units;
}
