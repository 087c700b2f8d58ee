// The reader's state while it reads a page's units: the pages, the open
// article and paragraph, what is pending, and the steps every rule shares
// (open an article, close a paragraph, add a jump). The rules themselves,
// and their order, are read.ts's and read-marks.ts's.
import { creditTail, parseDateline } from "./credit.ts";
import { headlineOnRecord, warnOfNamesRunTogether } from "./finish.ts";
import { readLayout } from "./layout.ts";
import { classify, withViewTitles } from "./classify.ts";
import type { Shape } from "./shape.ts";
import type { Article, Block, Credit, Jump, PageMeta, PageModel } from "../model.ts";
import { jumpHead, jumpTail, type JumpMatch } from "./patterns.ts";
import { lastCharOf, PARAGRAPH_END, separator } from "./text.ts";
import type { Unit } from "./units.ts";

/** A line longer than this is no printed line: warn that the line breaks may be lost. */
const LONG_LINE = 20_000;
/** △河北省保定市光达汽车车辆厂生产的…: a mark opening a news brief. */
export const BRIEF = /^[△▲◇◆]\s*\S/u;

export class Reader {
  readonly pages: PageModel[] = [];
  page: PageModel;
  article?: Article;
  #open?: Block;
  /** The last character of the open paragraph, kept so that joining never rereads its text. */
  openLast = "";
  /** The last paragraph of the current article, while text may still join it. */
  get open(): Block | undefined {
    return this.#open;
  }
  set open(block: Block | undefined) {
    this.#open = block;
    this.openLast = block ? lastCharOf(block.text) : "";
  }
  /** Does the open paragraph stop at a sentence end (or is there none open, or no way to tell)? */
  openEnds(): boolean {
    return !this.#open || this.unpunctuated || PARAGRAPH_END.includes(this.openLast);
  }
  /** A column label waiting for the article it heads. */
  column?: { text: string; line: number };
  /** 上接 lines waiting for the article they open. */
  pendingFrom: Jump[] = [];
  readonly units: Unit[];
  readonly shapes: Shape[];
  readonly meta: PageMeta;
  /** How the text sets its parts apart (layout.ts). */
  readonly blankLinesSetArticlesApart: boolean;
  readonly subtitleSlot: boolean;
  readonly unpunctuated: boolean;
  readonly oneStory: boolean;

  /** The source line the text starts on (for a text with no units at all). */
  readonly firstLine: number;

  /** Whether a unit opens with a dateline: several rules ask it of the same unit, and it is read once. */
  readonly #opensWithDateline = new Map<Unit, boolean>();
  opensWithDateline(unit: Unit): boolean {
    let opens = this.#opensWithDateline.get(unit);
    if (opens === undefined) this.#opensWithDateline.set(unit, (opens = parseDateline(unit.text) !== undefined));
    return opens;
  }

  constructor(units: Unit[], meta: PageMeta, firstLine: number) {
    this.firstLine = firstLine;
    this.units = units;
    this.shapes = withViewTitles(units, units.map(classify));
    this.meta = meta;
    this.page = this.newPage();
    const layout = readLayout(units, this.shapes);
    this.blankLinesSetArticlesApart = layout.blankLinesSetArticlesApart;
    this.subtitleSlot = layout.subtitleSlot;
    this.unpunctuated = layout.unpunctuated;
    this.oneStory = layout.oneStory;
  }

  newPage(): PageModel {
    const { paper, date, page, pageName } = this.meta;
    const model: PageModel = { lines: { from: 0, to: 0 }, items: [], extras: [], warnings: [] };
    if (paper !== undefined) model.paper = paper;
    if (date !== undefined) model.date = date;
    if (page !== undefined) model.page = page + this.pages.length;
    if (pageName !== undefined && !this.pages.length) model.pageName = pageName;
    return model;
  }

  warn(line: number, message: string): void {
    this.page.warnings.push({ line, message });
  }

  touch(page: PageModel, unit: Unit): void {
    if (!page.lines.from) page.lines.from = unit.line;
    page.lines.to = unit.lastLine;
  }

  /** Ends the current article: a paragraph still open mid-sentence continues elsewhere. */
  endArticle(): void {
    const a = this.article;
    if (!a) return;
    this.closeParagraph();
    if (!this.openEnds()) a.continued = true;
    if (!a.body.length && !a.byline && !a.dateline) {
      this.warn(a.line, `an article with a headline but no text (“${a.headline ?? a.kicker ?? ""}”)`);
    }
    this.article = undefined;
    this.open = undefined;
  }

  /** Paragraph text is final: the first one may open with a dateline. */
  closeParagraph(): void {
    const a = this.article;
    const first = a?.body[0];
    if (!a || !first || first !== this.open || first.kind !== "paragraph" || a.dateline || a.body.length > 1) return;
    const found = parseDateline(first.text);
    if (!found) return;
    a.dateline = found.credit;
    first.text = found.rest;
    if (found.unsure) this.warn(first.line, found.unsure);
    if (!first.text) a.body.shift();
  }

  startArticle(line: number, titles: Partial<Pick<Article, "kicker" | "headline" | "subtitle">> = {}): Article {
    this.endArticle();
    const a: Article = { kind: "article", line, ...titles, body: [] };
    if (this.column) {
      a.column = this.column.text;
      a.line = this.column.line;
      this.column = undefined;
    }
    if (this.pendingFrom.length) {
      a.jumps = this.pendingFrom;
      this.pendingFrom = [];
    }
    this.article = a;
    this.page.items.push(a);
    return a;
  }

  /** The current article, or a new one for text that comes before any headline. */
  articleForText(unit: Unit): Article {
    if (this.article) return this.article;
    // After （上接第一版） a headline-less article is what the print says it is.
    const from = this.pendingFrom.find((j) => j.direction === "from");
    if (from) return this.startArticle(from.line);
    this.warn(unit.line, "text with no headline before it: read as the continuation of an article from another page");
    return this.startArticle(unit.line);
  }

  addJump(a: Article, jump: JumpMatch, line: number): void {
    (a.jumps ??= []).push({ text: jump.text, direction: jump.direction, page: jump.page, line });
  }

  /** A credit on its own line: over the text (a byline, where one may stand) or closing it. */
  credit(unit: Unit, credit: Credit, mayBeByline: boolean): void {
    const a = this.article;
    if (mayBeByline && a && !a.body.length && !a.byline && !a.dateline) {
      a.byline = credit;
    } else if (a) {
      this.closeParagraph();
      (a.credits ??= []).push(credit);
      this.open = undefined;
    } else {
      this.warn(unit.line, `a credit (${credit.text}) with no headline before it: read as the start of an article`);
      const started = this.startArticle(unit.line);
      if (mayBeByline) started.byline = credit;
      else started.credits = [credit];
    }
  }

  /** Credits of the text and of a photo: 易烨/文 张锦国/摄. The photo's caption is the story itself. */
  credits(unit: Unit, credits: Credit[]): void {
    for (const c of credits.filter((c) => !c.photo)) this.credit(unit, c, !this.article?.body.length);
    for (const c of credits.filter((c) => c.photo)) {
      this.endArticle();
      this.page.items.push({ kind: "photo", line: unit.line, caption: "", credit: c });
    }
  }

  paragraph(unit: Unit): void {
    let text = unit.text;
    if (this.article?.body.length && this.opensWithDateline(unit)) {
      this.warn(unit.line, "a dateline in the middle of an article: read as a new article whose headline is elsewhere on the page");
      this.startArticle(unit.line);
    } else if (BRIEF.test(text) && (!this.article || this.article.body.length)) {
      // △联席会议制度已在我省全面实行。…: each brief is a story of its own, with no headline.
      this.startArticle(unit.line);
    }
    const head = jumpHead(text);
    if (head) {
      // （上接第一版）2019年，…: the paragraph goes on from another page.
      const jump = { text: head.jump.text, direction: head.jump.direction, page: head.jump.page, line: unit.line };
      if (this.article && !this.article.body.length) this.addJump(this.article, head.jump, unit.line);
      else {
        this.endArticle();
        this.pendingFrom.push(jump);
      }
      text = head.rest;
    }
    const a = this.articleForText(unit);
    const tail = jumpTail(text);
    const credited = tail ? undefined : creditTail(text);
    const body = tail?.rest ?? credited?.rest ?? text;
    if (this.open && !this.openEnds()) {
      // A column break cut this paragraph: the two pieces are one.
      this.open.text = this.open.text + separator(this.openLast, body[0]) + body;
      if (body) this.openLast = lastCharOf(body);
    } else {
      this.closeParagraph();
      this.open = { kind: "paragraph", text: body, line: unit.line };
      a.body.push(this.open);
    }
    if (tail) {
      this.addJump(a, tail.jump, unit.line);
      if (tail.jump.direction === "to") this.endArticle();
    }
    if (credited) this.credits(unit, credited.credits);
  }

  /** A column label that heads no article is kept as an extra, with a warning. */
  keepColumn(): void {
    if (!this.column) return;
    this.page.extras.push({ line: this.column.line, text: this.column.text, kind: "column" });
    this.warn(this.column.line, `a column label (${this.column.text}) with no article after it`);
    this.column = undefined;
  }

  /** Closes the page after its footer; a dump goes on with the next page. */
  closePage(): void {
    this.endArticle();
    const last = this.page.items.findLast((i): i is Article => i.kind === "article");
    if (this.pendingFrom.length && last) (last.jumps ??= []).push(...this.pendingFrom);
    else {
      // Nothing on this page for them to belong to: kept, never dropped.
      for (const j of this.pendingFrom) {
        this.page.extras.push({ line: j.line, text: j.text, kind: "jump" });
        this.warn(j.line, `a jump line (${j.text}) with no article on this page`);
      }
    }
    this.keepColumn();
    this.pendingFrom = [];
    this.pages.push(this.page);
    this.page = this.newPage();
  }

  /** Reads every unit with `rules`, tried in order: the first that reads a unit wins. */
  run(rules: readonly Rule[]): PageModel[] {
    if (!this.units.length) this.warn(this.firstLine, "no print text: the page is empty");
    for (let i = 0; i < this.units.length; ) {
      // The units a rule reads belong to the page it started on, even a footer that closes it.
      const page = this.page;
      const unit = this.units[i]!;
      if (unit.line === unit.lastLine && unit.text.length > LONG_LINE) {
        this.warn(unit.line, `line ${unit.line} is ${unit.text.length.toLocaleString("en")} characters long: is this really page text, with its line breaks?`);
      }
      let used = 0;
      for (const rule of rules) {
        used = rule(this, i);
        if (used) break;
      }
      for (let k = i; k < i + used; k++) this.touch(page, this.units[k]!);
      i += used;
    }
    const p = this.page;
    const last = this.pages.at(-1);
    if (last && !p.items.length && !p.footer && !this.pendingFrom.length && !this.column) {
      // Site lines after the last footer (a record line, a copyright) are that page's, not a page of their own.
      last.extras.push(...p.extras);
      last.warnings.push(...p.warnings);
      if (p.lines.to) last.lines.to = p.lines.to;
      this.endArticle();
    } else if (p.items.length || p.footer || p.extras.length || this.pendingFrom.length || this.column || !this.pages.length) this.closePage();
    else this.endArticle();
    for (const page of this.pages) {
      headlineOnRecord(page);
      warnOfNamesRunTogether(page);
    }
    return this.pages;
  }
}


/** A reading rule: the number of units it read at i, or 0 to let the next rule try. */
export type Rule = (r: Reader, i: number) => number;

/** [小忿逞凶]: an archive's digitizer marks a title with square brackets, which are not the title's. */
export const MARKED_TITLE = /^[[［]\s*(?<title>[^[\]［］]+?)\s*[\]］]$/u;

/** Joins title lines that one title spans. */
export const joinTitle = (units: Unit[]) => units.map((u) => MARKED_TITLE.exec(u.text)?.groups!.title ?? u.text).join(" ");
