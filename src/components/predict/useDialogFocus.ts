/**
 * Focus for a modal dialog: on open, the dialog scrolls into view (and again as it grows) and
 * focus moves to `initial` (or the dialog); Tab and Shift+Tab cycle inside it; on close, focus
 * goes back to whatever had it before.
 *
 * @example
 *   const ref = useRef<HTMLDivElement>(null);
 *   const onKeyDown = useDialogFocus(ref, () => ref.current?.querySelector('[tabindex="0"]'));
 */
import { useCallback, useEffect, type KeyboardEvent, type RefObject } from 'react';
import { scrollIntoViewOnResize } from './scrollIntoViewOnResize';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export function useDialogFocus(
  dialog: RefObject<HTMLElement | null>,
  initial: () => HTMLElement | null | undefined,
): (e: KeyboardEvent) => void {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Focus now, so no key pressed meanwhile reaches the page's playback keys; but the dialog
    // is docked in the page's flow, maybe below the fold, and all of it comes into view (just
    // above the transport, under the lanes it asks about), not the focused control centred;
    // again when it grows (feedback), so nothing of it ends up under the transport.
    (initial() ?? dialog.current)?.focus({ preventScroll: true });
    const stopScrolling = scrollIntoViewOnResize(dialog);
    return () => {
      stopScrolling();
      // Back to where the learner was (the Play or Step button), if it is still on the page.
      if (before && before.isConnected) before.focus();
    };
    // Runs once per opening: the dialog is remounted (keyed by gate) for each gate.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return useCallback(
    (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || !dialog.current) return;
      const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    },
    [dialog],
  );
}
