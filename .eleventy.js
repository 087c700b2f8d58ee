// The example newspaper: exactly what a newspaper's own site holds.
import banmian from "./src/site/plugin.ts";

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(banmian, { paper: "四平日报" });

  // This repository is also the plugin's source: only pages/ and photos/
  // are the newspaper, the rest must not become pages of the site.
  for (const dir of ["src", "test", "docs", "bench", "bin", "dist", "test-artifacts", ".ci"]) {
    eleventyConfig.ignores.add(`${dir}/**`);
  }
  eleventyConfig.ignores.add("README.md");
  eleventyConfig.ignores.add("CHANGELOG.md");
}
