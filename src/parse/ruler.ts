// An ordered list of named rules: the shape of markdown-it's Ruler. The
// order of reading is data, visible where the rules are pushed, and a rule
// for another paper's convention goes before or after a named one.
export class Ruler<R> {
  readonly #rules: { name: string; rule: R }[] = [];

  #at(name: string): number {
    const k = this.#rules.findIndex((r) => r.name === name);
    if (k < 0) throw new Error(`no reading rule named “${name}”`);
    return k;
  }

  push(name: string, rule: R): this {
    this.#rules.push({ name, rule });
    return this;
  }

  before(anchor: string, name: string, rule: R): this {
    this.#rules.splice(this.#at(anchor), 0, { name, rule });
    return this;
  }

  after(anchor: string, name: string, rule: R): this {
    this.#rules.splice(this.#at(anchor) + 1, 0, { name, rule });
    return this;
  }

  /** The rules, in the order they are tried. */
  get rules(): R[] {
    return this.#rules.map((r) => r.rule);
  }

  get names(): string[] {
    return this.#rules.map((r) => r.name);
  }
}
