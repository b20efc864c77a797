/**
 * A CodeMirror 6 editor for Python (loaded only with the playground). Ctrl/Cmd+Enter runs;
 * `errorLine` is highlighted, e.g. the line of a SyntaxError.
 *
 * @example
 *   <PythonEditor value={code} onChange={setCode} onRun={run} errorLine={3} label="Python program" />
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { indentUnit } from '@codemirror/language';
import { EditorState, StateEffect, StateField, type Extension } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
  type DecorationSet,
} from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { editorLook } from './editorLook';

export interface PythonEditorProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  /** 1-based line to mark as wrong, or null. */
  errorLine: number | null;
  label: string;
}

const setErrorLine = StateEffect.define<number | null>();

/**
 * Where the editor goes. CodeMirror styles a document with an inline `<style>`, which the
 * site's CSP (`style-src 'self'`) blocks; in a shadow root it adopts a constructed style sheet
 * instead, which the CSP allows. So: a shadow root wherever such sheets exist (every browser
 * with JSPI), the page itself elsewhere (jsdom).
 */
function mountPoint(host: HTMLElement): { parent: HTMLElement; root?: ShadowRoot } {
  if (typeof ShadowRoot === 'undefined' || !('adoptedStyleSheets' in ShadowRoot.prototype))
    return { parent: host };
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const parent = document.createElement('div');
  root.append(parent);
  return { parent, root };
}

/** Marks one line (the error's) with a class; cleared by the next effect or any edit. */
const errorLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = tr.docChanged ? Decoration.none : marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setErrorLine)) continue;
      const n = effect.value;
      next =
        n !== null && n >= 1 && n <= tr.state.doc.lines
          ? Decoration.set([
              Decoration.line({ class: 'cm-error-line' }).range(tr.state.doc.line(n).from),
            ])
          : Decoration.none;
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export default function PythonEditor({
  value,
  onChange,
  onRun,
  errorLine,
  label,
}: PythonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The editor is created once; these refs let its callbacks see the latest props.
  const latest = useRef({ onChange, onRun });
  useEffect(() => {
    latest.current = { onChange, onRun };
  }, [onChange, onRun]);
  // Texts the editor reported and the parent has not yet handed back as `value`. A `value`
  // among them is an echo of typing (maybe overtaken by newer keys), never to be re-applied.
  const echoes = useRef<string[]>([]);

  useEffect(() => {
    const extensions: Extension[] = [
      ...editorLook,
      lineNumbers(),
      history(),
      highlightActiveLine(),
      indentUnit.of('    '),
      python(),
      errorLineField,
      keymap.of([
        {
          key: 'Mod-Enter',
          run: () => {
            latest.current.onRun();
            return true;
          },
        },
        ...defaultKeymap,
        ...historyKeymap,
        indentWithTab,
      ]),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        const text = update.state.doc.toString();
        echoes.current.push(text);
        latest.current.onChange(text);
      }),
      // tabindex: axe counts a contenteditable as keyboard-reachable only with one.
      EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
    ];
    const { parent, root } = mountPoint(host.current!);
    const editor = new EditorView({
      state: EditorState.create({ doc: value, extensions }),
      parent,
      root,
    });
    view.current = editor;
    return () => {
      editor.destroy();
      if (root) parent.remove();
      view.current = null;
    };
    // Created once per mount; later `value` changes from outside are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const echo = echoes.current.indexOf(value);
    if (echo >= 0) {
      echoes.current.splice(0, echo + 1);
      return;
    }
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: setErrorLine.of(errorLine) });
  }, [errorLine]);

  return <div ref={host} className="playground-editor" />;
}
