/**
 * How the editor looks in both of the site's themes. It lives in a shadow root, so the site's
 * CSS does not reach it, but custom properties (`--fg`, `--panel`…) and `color-scheme` are
 * inherited: the frame uses the properties and the syntax colours `light-dark()`, so the dark
 * theme needs no reconfiguration. Every colour has 4.5:1 contrast on its theme's background.
 *
 * @example new EditorView({ extensions: [...editorLook, python()] });
 */
import { HighlightStyle, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';

/** CodeMirror's default colours (two darkened for contrast on white) and their dark partners. */
const PAIRS: Record<string, readonly [light: string, dark: string]> = {
  '#00c': ['#00c', '#8fa8ff'],
  '#00f': ['#00f', '#79b8ff'],
  '#085': ['#085', '#4fd1a5'],
  '#164': ['#164', '#7fd49a'],
  '#167': ['#167', '#5cc8d0'],
  '#219': ['#219', '#8ab4ff'],
  '#256': ['#256', '#8ac7e0'],
  '#30a': ['#30a', '#c5a3ff'],
  '#404740': ['#404740', '#b8c0b8'],
  '#708': ['#708', '#e09cff'],
  '#940': ['#940', '#e0a860'],
  '#a11': ['#a11', '#ff9b93'],
  '#e40': ['#b83200', '#ffb070'],
  '#f00': ['#c00', '#ff7b7b'],
};

const themedHighlight = HighlightStyle.define(
  defaultHighlightStyle.specs.map((spec) => {
    const pair = typeof spec.color === 'string' ? PAIRS[spec.color] : undefined;
    return pair ? { ...spec, color: `light-dark(${pair[0]}, ${pair[1]})` } : spec;
  }),
);

const frame = EditorView.theme({
  '&': {
    color: 'var(--fg)',
    backgroundColor: 'var(--bg)',
    border: '1px solid var(--border)',
    borderRadius: '4px',
    maxHeight: '40vh',
    fontSize: '0.9rem',
  },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'var(--mono)' },
  '.cm-content': { caretColor: 'var(--fg)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)' },
  '.cm-gutters': {
    backgroundColor: 'var(--panel)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent) 10%, transparent)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground':
    { backgroundColor: 'color-mix(in srgb, var(--accent) 30%, transparent)' },
  '.cm-error-line': { backgroundColor: 'color-mix(in srgb, #d33 22%, transparent)' },
});

export const editorLook: Extension[] = [frame, syntaxHighlighting(themedHighlight)];
