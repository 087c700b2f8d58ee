// markdown-it, Eleventy's Markdown engine, with the edition's typography, so
// that a site's own Markdown pages (an about page, an editor's letter) read
// like the edition: a soft line break between two Chinese characters joins
// them without the space a browser would show, and the text gets display
// punctuation (zhPunct) when the `punctuation` option is on. Added to the
// site's engine through `amendLibrary("md", …)`; the front matter's `note:`
// is Markdown read the same way, with HTML off (text from the page is text).
import { zhPunct } from "../format/punct.ts";

/** The part of a markdown-it token this plugin reads and changes. */
interface Token { type: string; content: string; children: Token[] | null }

/** The part of a markdown-it instance a plugin uses (the site's, through amendLibrary). */
export interface MarkdownEngine {
  core: { ruler: { push(name: string, rule: (state: { tokens: unknown[] }) => boolean): void } };
}

/** A character a Chinese line ends or begins with: Han, CJK punctuation, full-width forms. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Whether the softbreak at `i` stands between two Chinese characters. */
function joinsChinese(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before?.type === "text" && after?.type === "text" && CJK.test(before.content.at(-1) ?? "") && CJK.test(after.content[0] ?? "");
}

const HAN = /\p{Script=Han}/u;

/**
 * zhPunct on each text token, seeing the Chinese character that ends the
 * text before it and begins the text after it (across **emphasis**): the
 * comma in `**示意图**,来源` is beside Chinese. Han characters are left as
 * they are by zhPunct, so the borrowed ones are cut off again unchanged.
 */
function punctuate(tokens: Token[]): void {
  const texts = tokens.filter((t) => t.type === "text");
  const original = texts.map((t) => t.content);
  texts.forEach((t, k) => {
    const before = original[k - 1]?.at(-1) ?? "";
    const after = original[k + 1]?.[0] ?? "";
    const left = HAN.test(before) ? before : "";
    const right = HAN.test(after) ? after : "";
    const out = zhPunct(`${left}${t.content}${right}`);
    t.content = out.slice(left.length, out.length - right.length);
  });
}

export interface MarkdownTypography {
  /** Display punctuation (zhPunct) on the text; default true, as the plugin's option. */
  punctuation?: boolean;
}

/** The markdown-it plugin: `md.use(banmianMarkdown, { punctuation })`. */
export function banmianMarkdown(md: MarkdownEngine, options: MarkdownTypography = {}): void {
  const punctuation = options.punctuation ?? true;
  md.core.ruler.push("banmian_typography", (state) => {
    for (const block of state.tokens as unknown as Token[]) {
      const tokens = block.type === "inline" ? block.children : null;
      if (!tokens) continue;
      if (punctuation) punctuate(tokens);
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i]!.type === "softbreak" && joinsChinese(tokens, i)) {
          tokens[i]!.type = "text";
          tokens[i]!.content = "";
        }
      }
    }
    return false;
  });
}

/**
 * Renders a page's `note:` as inline Markdown with the edition's
 * typography, HTML off. markdown-it is Eleventy's own dependency; it is
 * loaded only for an edition whose pages carry a note.
 */
export async function noteRenderer(options: MarkdownTypography): Promise<(note: string) => string> {
  const { default: MarkdownItClass } = await import("markdown-it");
  const md = new MarkdownItClass({ html: false, linkify: false }).use(banmianMarkdown, options);
  return (note) => md.renderInline(note);
}
