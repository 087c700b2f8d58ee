// Display punctuation for print-extracted text. PDF and OCR extraction often
// turns the full-width punctuation of Chinese text into ASCII (精神,按照) and
// the ASCII letters and digits into full-width ones (ＡＢＣ１２３). This puts
// each back in its own script, and leaves numbers, times, addresses and URLs
// exactly as printed. Text in, text out: it never produces HTML.
//
// Every step is a single pass over the text (no backtracking regex), so a
// megabyte-long line costs about as much as a megabyte of short ones.

const TO_FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "!": "！", "?": "？" };

const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

// Seen through when looking for the script beside a mark: spaces, quotes and
// the parts of a number (79.1%,9月 is Chinese text on both sides).
const SEE_THROUGH = new Set([..." \t\u00A0.%‰0123456789", '"', "'", "“", "”", "‘", "’"]);
const STRIPPED_SPACE = new Set([" ", "\t"]);
const LINE_END = new Set(["\n", "\r"]);

// Everything RFC 3986 allows in a URL, minus what never ends up in a printed one.
const URL_CHARS = new Set(
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%",
);
const URL_TRAILING = new Set([...".,:;!?'"]);
const URL_START = /https?:\/\/|www\./gi;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

function isCjkUnit(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) || // Han, extension A
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0x2e80 && code <= 0x2fdf) || // radicals
    (code >= 0x3000 && code <= 0x303f) || // CJK punctuation: 、。《》「」【】
    (code >= 0xff00 && code <= 0xffef) || // full-width punctuation: ，（）
    (code >= 0xd840 && code <= 0xd8bf) // high surrogates of planes 2–3: rarer Han
  );
}

function cjkFlags(units: readonly string[]): Uint8Array {
  const flags = new Uint8Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const code = units[i].charCodeAt(0);
    if (isCjkUnit(code)) {
      flags[i] = 1;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < units.length) flags[++i] = 1;
    }
  }
  return flags;
}

/** For each position: is the nearest character on that side, within the line, Chinese? */
function besideCjk(units: readonly string[], cjk: Uint8Array): { left: Uint8Array; right: Uint8Array } {
  const n = units.length;
  const left = new Uint8Array(n);
  const right = new Uint8Array(n);
  let last = 0;
  for (let i = 0; i < n; i++) {
    left[i] = last;
    if (LINE_END.has(units[i])) last = 0;
    else if (!SEE_THROUGH.has(units[i])) last = cjk[i];
  }
  last = 0;
  for (let i = n - 1; i >= 0; i--) {
    right[i] = last;
    if (LINE_END.has(units[i])) last = 0;
    else if (!SEE_THROUGH.has(units[i])) last = cjk[i];
  }
  return { left, right };
}

/** URLs are kept verbatim; punctuation closing a sentence after one is not part of it. */
function urlMask(text: string, units: readonly string[]): Uint8Array {
  const mask = new Uint8Array(units.length);
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(text); m; m = URL_START.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    let open = 0;
    let close = 0;
    while (end < units.length && URL_CHARS.has(units[end])) {
      if (units[end] === "(") open++;
      if (units[end] === ")") close++;
      end++;
    }
    for (;;) {
      const c = units[end - 1];
      if (URL_TRAILING.has(c)) end--;
      else if (c === ")" && close > open) (end--, close--);
      else break;
    }
    mask.fill(1, start, end);
    URL_START.lastIndex = Math.max(end, start + 1);
  }
  return mask;
}

/** Marks the run of spaces next to i (on one side) for removal, unless it reaches the line's edge. */
function stripSpaces(units: readonly string[], strip: Uint8Array, i: number, step: 1 | -1): void {
  let j = i + step;
  while (j >= 0 && j < units.length && STRIPPED_SPACE.has(units[j])) j += step;
  if (j < 0 || j >= units.length || LINE_END.has(units[j]) || j === i + step) return;
  for (let k = i + step; k !== j; k += step) strip[k] = 1;
}

/** Brackets and straight double quotes: pairs are converted together. */
function convertPairs(units: string[], url: Uint8Array, strip: Uint8Array): Uint8Array {
  const { left, right } = besideCjk(units, cjkFlags(units));
  const beside = (i: number): boolean => left[i] === 1 || right[i] === 1;
  const converted = new Uint8Array(units.length);
  const toFull = (i: number, mark: string): void => {
    units[i] = mark;
    converted[i] = 1;
  };
  const convertBracket = (i: number): void => {
    const open = units[i] === "(";
    toFull(i, open ? "（" : "）");
    // A full-width bracket carries its own space on the outer side.
    stripSpaces(units, strip, i, open ? -1 : 1);
  };

  let brackets: number[] = [];
  let quotes: number[] = [];
  const endLine = (): void => {
    for (const i of brackets) if (beside(i)) convertBracket(i);
    for (let q = 0; q + 1 < quotes.length; q += 2) {
      const [open, close] = [quotes[q], quotes[q + 1]];
      if (beside(open) || beside(close)) (toFull(open, "“"), toFull(close, "”"));
    }
    if (quotes.length % 2 === 1) {
      // A quotation running on into the next paragraph opens here and closes there.
      const i = quotes[quotes.length - 1];
      const opens = i + 1 < units.length && !LINE_END.has(units[i + 1]) && !STRIPPED_SPACE.has(units[i + 1]);
      if (beside(i)) toFull(i, opens ? "“" : "”");
    }
    brackets = [];
    quotes = [];
  };

  for (let i = 0; i < units.length; i++) {
    const c = units[i];
    if (LINE_END.has(c)) endLine();
    if (url[i]) continue;
    if (c === "(") brackets.push(i);
    else if (c === ")") {
      const last = brackets.length > 0 ? brackets[brackets.length - 1] : -1;
      if (last >= 0 && units[last] === "(") {
        brackets.pop();
        if (beside(last) || beside(i)) (convertBracket(last), convertBracket(i));
      } else brackets.push(i);
    } else if (c === '"') quotes.push(i);
  }
  endLine();
  return converted;
}

function isNumberSeparator(units: readonly string[], i: number): boolean {
  const c = units[i];
  if (!isDigit(units[i - 1])) return false;
  if (c === ":") return isDigit(units[i + 1]); // 10:30, 3:2
  if (c === ",") {
    // 1,200 — exactly three digits after a thousands separator
    return isDigit(units[i + 1]) && isDigit(units[i + 2]) && isDigit(units[i + 3]) && !isDigit(units[i + 4]);
  }
  return false;
}

/**
 * Display punctuation: ASCII , : ; ! ? ( ) beside Chinese become ，：；！？（）,
 * straight double quotes in Chinese text become “”, full-width letters and
 * digits become ASCII. Numbers (39.55亿元, 1,200, 10:30), e-mail addresses
 * and URLs stay as printed.
 */
export function zhPunct(text: string): string {
  const normal = text.replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const units = normal.split("");
  const url = urlMask(normal, units);
  const strip = new Uint8Array(units.length);

  const pairs = convertPairs(units, url, strip);
  const cjk = cjkFlags(units);
  // What was just made Chinese counts as Chinese: （2021）,显示 → （2021），显示
  for (let i = 0; i < units.length; i++) if (pairs[i]) cjk[i] = 1;
  const { left, right } = besideCjk(units, cjk);

  for (let i = 0; i < units.length; i++) {
    const full = TO_FULL[units[i]];
    if (!full || url[i] || isNumberSeparator(units, i)) continue;
    if (left[i] || right[i]) {
      units[i] = full;
      // The full-width mark carries its own space: 电子邮箱：sprbxjyw@163.com
      stripSpaces(units, strip, i, -1);
      stripSpaces(units, strip, i, 1);
    }
  }

  return units.filter((_, i) => strip[i] === 0).join("");
}
