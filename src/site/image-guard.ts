// eleventy-img's `eleventyImageTransformPlugin` rewrites every <img> of the
// HTML that passes through Eleventy's HTML transformer, reading its src as a
// source file. The edition's HTML passes through it too (render.ts runs the
// site's transforms), but its <img> are eleventy-img's output already: read
// as sources, `/img/<hash>-480.jpeg` does not exist and the build fails.
// So the edition's <img> carry `eleventy:ignore` while the transformer runs,
// which the image plugin honours and strips; what it leaves (a plugin other
// than eleventy-img's) is stripped after it. Only when other posthtml plugins
// run: otherwise the HTML is not parsed at all, as before.

/** Set on the `page` of every file of the edition that render.ts hands the site's transforms. */
export const EDITION_PAGE = Symbol.for("banmian.editionPage");

const IGNORE = "eleventy:ignore";

interface Node { tag?: string; attrs?: Record<string, string | undefined> }
interface Tree { match(selector: { tag: string }, fn: (node: Node) => Node): void }
type PosthtmlPlugin = (context: { page?: Record<symbol, unknown> }) => (tree: Tree) => Tree;

/** Eleventy's HTML transformer (eleventyConfig.htmlTransformer), the one method used. */
export interface HtmlTransformer {
  addPosthtmlPlugin(extensions: string, plugin: PosthtmlPlugin, options?: { priority?: number; name?: string; enabled?: () => boolean }): void;
  /** The plugins by file extension. */
  plugins?: Record<string, { fn: unknown; enabled?: () => boolean }[]>;
}

/** eleventy-img's transform runs at priority -1 (before the <base> plugin's URLs). */
const IMAGE_TRANSFORM_PRIORITY = -1;

function onEditionImages(change: (attrs: Record<string, string | undefined>) => void): PosthtmlPlugin {
  return (context) => (tree) => {
    if (context.page?.[EDITION_PAGE]) {
      tree.match({ tag: "img" }, (node) => {
        change((node.attrs ??= {}));
        return node;
      });
    }
    return tree;
  };
}

export function guardEditionImages(transformer: HtmlTransformer | undefined): void {
  if (!transformer?.addPosthtmlPlugin) return;
  const mark = onEditionImages((attrs) => { attrs[IGNORE] = ""; });
  const unmark = onEditionImages((attrs) => { delete attrs[IGNORE]; });
  const othersRun = () => (transformer.plugins?.html ?? []).some((p) => p.fn !== mark && p.fn !== unmark && (p.enabled?.() ?? true));
  transformer.addPosthtmlPlugin("html", mark, { name: "banmian:ignore-edition-images", priority: IMAGE_TRANSFORM_PRIORITY + 1, enabled: othersRun });
  transformer.addPosthtmlPlugin("html", unmark, { name: "banmian:unmark-edition-images", priority: IMAGE_TRANSFORM_PRIORITY - 1, enabled: othersRun });
}
