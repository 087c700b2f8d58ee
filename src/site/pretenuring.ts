// V8 allocates the objects of a code site straight into the old generation
// ("pretenuring") once most of them were seen to outlive a young
// collection. As the edition starts to be written, it judges the render
// loop's sites (each page's context and data, Nunjucks' render) that way,
// though each lives for one page: from then on every page's objects went to
// the old generation and piled up there until a full collection. Measured
// at 100,000 printed pages, search off: the heap grew from 988 to 1,995 MiB
// between two full collections while writing; with pretenuring off while
// the edition is written, the peak fell from 2,296–2,404 to 1,673–1,740 MiB
// (two runs each) and the heap's highest in the writing from 1,995 to
// ~1,270 MiB (docs/scale.md).
import v8 from "node:v8";

const OFF = "--no-allocation-site-pretenuring";

/** `work` run with allocation-site pretenuring off, V8's default put back after (unless the process was started without it). */
export async function withoutPretenuring<T>(work: () => Promise<T>): Promise<T> {
  v8.setFlagsFromString(OFF);
  try {
    return await work();
  } finally {
    if (!process.execArgv.includes(OFF)) v8.setFlagsFromString("--allocation-site-pretenuring");
  }
}
