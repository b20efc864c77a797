/**
 * The worksheet on screen, over the page: a preview with **Print** and **Close**, or (mode
 * `print`) printed at once and gone when printing ends (`afterprint`). It is a modal dialog:
 * the page behind is `inert` while it is open, Escape closes it, and focus starts on Close.
 * It lives in a portal beside the app, so the print stylesheet can show it alone.
 * Loaded on demand (the first screen never downloads the sheet, its plan or its pictures).
 *
 * @example <WorksheetHost run={run} mode="preview" onClose={() => setOpen(false)} />
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ScenarioRun } from '../../scenarios/types';
import { Worksheet } from './Worksheet';

export type WorksheetMode = 'preview' | 'print';

export interface WorksheetHostProps {
  run: Pick<ScenarioRun, 'title' | 'trace' | 'cells'>;
  mode: WorksheetMode;
  onClose(): void;
}

export function WorksheetHost({ run, mode, onClose }: WorksheetHostProps) {
  const [host] = useState(() => {
    const el = document.createElement('div');
    el.className = 'worksheet-root';
    return el;
  });
  const closeButton = useRef<HTMLButtonElement>(null);
  // The latest onClose, so the effects below run once per opening, not per render.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    document.body.append(host);
    // Everything else on the page is out of reach (tab, screen reader) while the sheet is over it.
    const others = [...document.body.children].filter(
      (el) => el !== host && !el.hasAttribute('inert'),
    );
    for (const el of others) el.setAttribute('inert', '');
    closeButton.current?.focus();
    return () => {
      for (const el of others) el.removeAttribute('inert');
      host.remove();
    };
  }, [host]);

  // Printed once per opening, even where effects run twice (React's StrictMode in development).
  const printed = useRef(false);
  useEffect(() => {
    if (mode !== 'print') return;
    const done = () => close.current();
    window.addEventListener('afterprint', done);
    // After the commit: the sheet is in the document when the print dialog lays it out.
    if (!printed.current) window.print();
    printed.current = true;
    return () => window.removeEventListener('afterprint', done);
  }, [mode]);

  return createPortal(
    <div
      className="worksheet-dialog"
      role="dialog"
      aria-modal="true"
      aria-label={`Worksheet: ${run.title}`}
      onKeyDown={(e) => {
        // Arrows, PageDown, Home and End scroll the sheet; they must not move the player behind it.
        e.stopPropagation();
        if (e.key !== 'Escape') return;
        e.preventDefault();
        close.current();
      }}
    >
      <div className="worksheet-bar" role="toolbar" aria-label="Worksheet">
        <span className="worksheet-bar-title">Worksheet preview</span>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button ref={closeButton} type="button" onClick={() => close.current()}>
          Close
        </button>
      </div>
      <Worksheet run={run} />
    </div>,
    host,
  );
}
