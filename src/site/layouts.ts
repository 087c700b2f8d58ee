// The plugin's Nunjucks layouts: where they are, and how they join the
// site's own _includes in the environment Eleventy makes for each build.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import type { TemplateEnvironment } from "./render.ts";

/**
 * The layouts folder, found from the package root so it works from
 * src/site/ and from dist/site/ alike.
 */
export const layoutsDir = fileURLToPath(new URL("../../src/site/layouts/", import.meta.url));

/** Whether the plugin's layouts are where the plugin expects them (a packaging check). */
export function layoutsPresent(): boolean {
  return fs.existsSync(`${layoutsDir}banmian-page.njk`);
}

/** What Eleventy's `eleventy.engine.njk` event hands a plugin. */
export interface NunjucksEngineEvent {
  nunjucks: { FileSystemLoader: new (dirs: string[]) => unknown };
  environment: TemplateEnvironment & { loaders: unknown[] };
}

/**
 * Adds the plugin's layouts after the site's own _includes (which come first,
 * so a site overrides a layout by naming its file) and returns the
 * environment, which is what renders the edition.
 */
export function addLayouts({ nunjucks, environment }: NunjucksEngineEvent): TemplateEnvironment {
  const loader = new nunjucks.FileSystemLoader([layoutsDir]) as { cache?: Record<string, unknown> };
  loader.cache = {}; // what nunjucks' Environment gives the loaders it is built with
  environment.loaders.push(loader);
  return environment;
}
