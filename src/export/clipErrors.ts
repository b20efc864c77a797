/**
 * How a clip export ends early: cancelled by the learner (an `AbortError`, as `fetch` and every
 * AbortSignal user throws), or failed for a reason the page states in words (`ClipError`).
 *
 * @example
 *   try { … } catch (e) { if (isCancelled(e)) say('Cancelled'); else say(clipErrorText(e)); }
 */

/** A failure the learner can act on; its message is shown as it is. */
export class ClipError extends Error {
  override name = 'ClipError';
}

/** Whether `e` is the end of a cancelled recording rather than a failure. */
export function isCancelled(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/** The sentence the status line shows for a failure. */
export function clipErrorText(e: unknown): string {
  if (e instanceof ClipError) return e.message;
  const detail = e instanceof Error && e.message ? `: ${e.message}` : '';
  return `The clip could not be made${detail}.`;
}

/** Throws the signal's AbortError when the recording was cancelled. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
}

/**
 * Lets the page paint and handle clicks (the progress bar, Cancel) between frames. A message to
 * ourselves rather than `setTimeout(0)`: a background tab throttles timers to one a second,
 * which would make a GIF of 100 frames take minutes.
 *
 * @example await yieldToPage();
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
