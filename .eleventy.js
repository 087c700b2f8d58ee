// The example newspaper: exactly what a newspaper's own site holds. "banmian"
// resolves to this package itself through package.json `exports`, i.e. the
// JavaScript that `npm run prepare` builds into dist/ (npm install, start,
// build and test all run it first).
import banmian from "banmian";

export default function (eleventyConfig) {
  // siteUrl: the feed and the sitemaps need absolute URLs. example.org is a
  // placeholder; a paper gives its own site's origin.
  eleventyConfig.addPlugin(banmian, { paper: "四平日报", siteUrl: "https://example.org" });

  // This repository is also the plugin's source: only pages/ and photos/
  // are the newspaper, the rest must not become pages of the site.
  for (const dir of ["src", "test", "docs", "bench", "bin", "dist", "test-artifacts", ".ci"]) {
    eleventyConfig.ignores.add(`${dir}/**`);
  }
  eleventyConfig.ignores.add("README.md");
  eleventyConfig.ignores.add("CHANGELOG.md");
}
