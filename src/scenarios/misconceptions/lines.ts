/**
 * Source text for a misconception program, with a way to find a line's number by its text,
 * so the program's `py.line(n)` calls cannot drift from the source the learner reads.
 *
 * @example
 *   const { source, at } = sourceOf(['fut = Future()', 'print(fut)']);
 *   at('print(fut)'); // 2
 */
export function sourceOf(lines: readonly string[]): {
  source: string;
  at: (text: string) => number;
} {
  const source = lines.join('\n') + '\n';
  const at = (text: string): number => {
    const matches = lines.flatMap((l, i) => (l.trim() === text ? [i + 1] : []));
    // A program naming a line that is missing or repeated is a bug in this file.
    if (matches.length !== 1) throw new Error(`line "${text}" occurs ${matches.length} times`);
    return matches[0]!;
  };
  return { source, at };
}
