// Bytes → text. Archives hold GBK, GB18030, Big5 and UTF-16 files beside
// UTF-8: each is recognised and decoded with a warning naming it, or refused
// as binary; never shown as mojibake.
import { BanmianError } from "../errors.ts";

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when the file was not UTF-8: say so, so an archivist can convert it. */
  warning?: string;
}

// The most frequent characters of simplified and of traditional Chinese
// text: which of GB18030 and Big5 decodes a file into ordinary Chinese.
const COMMON_SIMPLIFIED = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";
const COMMON_TRADITIONAL = "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日軍者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見被利什二等產或新己制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員解水名真論處走義各入幾口認條平系氣題活爾更別打女變四神總何電數安少報才結反受目太量再感建務做接必場件計管期市直德資命山金指克許統區保至隊形社便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象完設式色路記南品住告類求據程北邊死張該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改收根幹造言聯持組每濟車親極林服快辦議往元英士證近失轉夫令準布始怎呢存未遠叫台單影具羅字愛擊流備兵連調深商算質團集百需價花黨華城石級整府離況亞請技際約示復病息究線似官火斷精滿支視消越器容照須九增研寫稱企八功嗎包片史委乎查輕易早曾除農找裝廣顯";

const simplified = new Set(COMMON_SIMPLIFIED);
const traditional = new Set(COMMON_TRADITIONAL);

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of the Han characters that are among a language's most common ones. */
function commonShare(text: string, common: Set<string>): number {
  let han = 0;
  let hits = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) {
      han++;
      if (common.has(ch)) hits++;
    }
  }
  return han ? hits / han : 0;
}

/** UTF-16 without a byte order mark: every other byte of ASCII text is 0. */
function utf16Guess(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4 || bytes.length % 2) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = bytes.length / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return "utf-16le";
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return "utf-16be";
  return undefined;
}

/**
 * Offset of the first byte that is not part of a well-formed UTF-8
 * sequence (overlong forms and surrogates included), or -1.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const [n, lo, hi] = b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf] : b === 0xe0 ? [2, 0xa0, 0xbf] : b === 0xed ? [2, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf] : b === 0xf0 ? [3, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf] : b === 0xf4 ? [3, 0x80, 0x8f] : [0, 0, 0];
    if (!n) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Where `bytes` stop being UTF-8, as an error naming the line and the byte. */
function notUtf8(bytes: Uint8Array, start: number, file: string | undefined, why: string): BanmianError {
  const at = start + firstInvalidUtf8(bytes.subarray(start));
  const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const hex = [...bytes.subarray(at, at + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
  return new BanmianError(`byte ${at - lineStart + 1} of line ${line} (${hex}) is not UTF-8: ${why}`, { file, line });
}

export function decodeText(bytes: Uint8Array, file?: string): Decoded {
  // A page file cut to nothing (a failed copy, a full disk) must not publish an empty page.
  if (bytes.length === 0) throw new BanmianError("the file is empty (0 bytes): restore the page's text", { file });
  const boms: [number[], string][] = [
    [[0xef, 0xbb, 0xbf], "utf-8"],
    [[0xff, 0xfe], "utf-16le"],
    [[0xfe, 0xff], "utf-16be"],
  ];
  for (const [bom, encoding] of boms) {
    if (bom.every((b, i) => bytes[i] === b)) {
      const text = tryDecode(bytes.subarray(bom.length), encoding);
      if (text === undefined && encoding === "utf-8") throw notUtf8(bytes, bom.length, file, "the file is damaged there, or mixes encodings; save it as UTF-8");
      if (text === undefined) throw new BanmianError(`the file starts like ${encoding.toUpperCase()} but is not valid ${encoding.toUpperCase()}`, { file });
      return encoding === "utf-8" ? { text, encoding } : { text, encoding, warning: `decoded from ${encoding.toUpperCase()}; save the file as UTF-8` };
    }
  }
  const utf16 = utf16Guess(bytes);
  if (utf16) {
    const text = tryDecode(bytes, utf16);
    if (text !== undefined) return { text, encoding: utf16, warning: `decoded from ${utf16.toUpperCase()}; save the file as UTF-8` };
  }
  if (bytes.includes(0)) throw new BanmianError("this is a binary file, not page text", { file });
  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };

  const candidates = (["gb18030", "big5"] as const)
    .map((encoding) => {
      const text = tryDecode(bytes, encoding);
      const score = text === undefined ? -1 : commonShare(text, encoding === "big5" ? traditional : simplified);
      return { encoding, text, score };
    })
    .filter((c) => c.text !== undefined && c.score > 0.2)
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  // Nor GBK, Big5 or UTF-16: damaged text, or two encodings in one file.
  if (!best) throw notUtf8(bytes, 0, file, "the file is neither UTF-8 nor GBK/GB18030, Big5 or UTF-16 text (damaged there, or mixed encodings); save it as UTF-8");
  const name = best.encoding === "gb18030" ? "GBK/GB18030" : "Big5";
  return { text: best.text!, encoding: best.encoding, warning: `decoded from ${name}; save the file as UTF-8` };
}
