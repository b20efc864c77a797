import { CopyEmbedCode } from './CopyEmbedCode';
import { FrameExport } from './FrameExport';
import { ClipExport } from './ClipExport';
import './export.css';
import { WorksheetButtons } from './WorksheetButtons';

/**
 * "Share & export": everything that takes the player off this page (a frame as SVG or PNG, a
 * clip as WebM or GIF, a printed worksheet, the embed code). A disclosure in the header, so it
 * costs no room until opened; each action loads its code only when used.
 *
 * @example <ExportMenu />
 */
export function ExportMenu() {
  return (
    <details className="export-menu">
      <summary>Share &amp; export</summary>
      <div className="export-menu-body" role="group" aria-label="Share and export">
        <FrameExport />
        <ClipExport />
        <WorksheetButtons />
        <CopyEmbedCode />
      </div>
    </details>
  );
}
