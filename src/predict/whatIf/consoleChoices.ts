/**
 * The answers to "What will the console print now?": the variation's console and the consoles
 * that wrong models of it predict, generated from the two consoles alone (so every scenario's
 * variation gets them without hand-written distractors).
 *
 * @example
 *   consoleChoices(['4', '9'], ['9', '4'], 'A callback runs when its future finishes.')
 *   // the right one (['9', '4']) and "nothing changes" (['4', '9']), sorted by their text
 */
import type { WhatIfChoice } from './types';

/** At most this many wrong answers: four choices in all fit the panel. */
const MAX_WRONG = 3;

/** Wrong models, each a console it predicts and what to say to someone who picked it. */
function wrongModels(before: readonly string[], after: readonly string[]) {
  const unchanged = after.filter((line) => before.includes(line));
  return [
    {
      lines: before,
      feedback: 'That is what it printed before the change: the change does alter the console.',
    },
    {
      lines: [...after].reverse(),
      feedback: 'Those are the right lines, in the opposite order. Look again at what decides it.',
    },
    {
      lines: [...after.slice(1), ...after.slice(0, 1)],
      feedback: 'Those are the right lines, but not in the order the program prints them.',
    },
    {
      lines: after.map(otherThread),
      feedback:
        'The right lines, but one names the wrong thread: a callback added to a finished future runs at once on the thread that adds it; otherwise it runs on the thread that completes the future.',
    },
    {
      lines: unchanged,
      feedback: 'Some lines are missing: the changed program still prints them, differently.',
    },
  ];
}

/** A line that names MainThread or a Timer's thread, naming the other instead. */
function otherThread(line: string): string {
  if (/\bMainThread\b/.test(line)) return line.replace(/\bMainThread\b/g, 'Thread-1');
  return line.replace(/\bThread-\d+\b/g, 'MainThread');
}

const key = (lines: readonly string[]) => lines.join('\n');

/**
 * The right console and up to three wrong ones, sorted by their text (a fixed order that says
 * nothing about which is right).
 */
export function consoleChoices(
  before: readonly string[],
  after: readonly string[],
  explanation: string,
): WhatIfChoice[] {
  const seen = new Set([key(after)]);
  const choices: WhatIfChoice[] = [{ lines: after, correct: true, feedback: explanation }];
  for (const model of wrongModels(before, after)) {
    if (choices.length > MAX_WRONG || seen.has(key(model.lines))) continue;
    seen.add(key(model.lines));
    choices.push({ lines: model.lines, correct: false, feedback: model.feedback });
  }
  return choices.sort((a, b) => (key(a.lines) < key(b.lines) ? -1 : 1));
}
