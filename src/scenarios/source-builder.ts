/**
 * Builds a program's text line by line while remembering where labelled lines landed, so the
 * simulation can stamp each step with the line number the code panel shows.
 *
 * @example
 *   const b = new SourceBuilder();
 *   b.add('import threading');
 *   b.add('print(1)', 'first-print');
 *   b.line('first-print') // 2
 */
export class SourceBuilder {
  private readonly lines: string[] = [];
  private readonly labels = new Map<string, number>();

  /** Appends one line; `label` names it for `line()`. */
  add(text: string, label?: string): this {
    this.lines.push(text);
    if (label !== undefined) {
      // A label names exactly one line; a duplicate is a bug in the generator.
      if (this.labels.has(label)) throw new Error(`duplicate source label ${label}`);
      this.labels.set(label, this.lines.length);
    }
    return this;
  }

  /** The 1-based line number of `label`. */
  line(label: string): number {
    const n = this.labels.get(label);
    if (n === undefined) throw new Error(`no source line labelled ${label}`);
    return n;
  }

  /** Whether some line carries `label`. */
  has(label: string): boolean {
    return this.labels.has(label);
  }

  /** The whole text, ending in a newline. */
  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
