// The plan's YAML in CodeMirror: highlighting, line numbers, and the given problems as lint marks at their place.
import { useEffect, useMemo, useState } from 'react';
import { Box } from '@mantine/core';
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Text as Doc } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import CodeMirror from '@uiw/react-codemirror';
import { useTranslation } from 'react-i18next';
import { editorPhrases } from './editor-phrases';

/** One problem in the text; `line` and `column` are 1-based, and problems without them mark nothing. */
export interface YamlProblem {
  line?: number;
  column?: number;
  message: string;
}

interface Props {
  value: string;
  onChange?: (value: string) => void;
  readOnly?: boolean;
  problems?: YamlProblem[];
  label: string;
  /** Receives the editor once it exists, so a list of problems can move the cursor to one. */
  onView?: (view: EditorView) => void;
}

/** The document offset of a 1-based line and column, kept inside the text. */
export function offsetOf(doc: Doc, line: number, column = 1): number {
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(l.from + Math.max(column - 1, 0), l.to);
}

function diagnostics(doc: Doc, problems: YamlProblem[]): Diagnostic[] {
  return problems
    .filter((p) => p.line !== undefined)
    .map((p) => {
      const from = offsetOf(doc, p.line!, p.column);
      const to = doc.lineAt(from).to;
      return { from, to: Math.max(to, from), severity: 'error', message: p.message };
    });
}

/** Moves the cursor to a problem's place, scrolls it into view and gives the editor the focus. */
export function jumpTo(view: EditorView, line: number, column?: number): void {
  const pos = offsetOf(view.state.doc, line, column);
  view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
  view.focus();
}

export function YamlEditor({ value, onChange, readOnly = false, problems = [], label, onView }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<EditorView | null>(null);
  const extensions = useMemo(
    () => [
      yaml(),
      EditorState.phrases.of(editorPhrases(t)),
      lintGutter(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': label }),
    ],
    [label, t],
  );

  // Problems come from outside (validation as you type, or the server's refusal): show them as lint marks.
  useEffect(() => {
    if (view) view.dispatch(setDiagnostics(view.state, diagnostics(view.state.doc, problems)));
  }, [view, problems]);

  return (
    <Box style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4, overflow: 'hidden' }}>
      <CodeMirror
        value={value}
        onChange={onChange}
        readOnly={readOnly}
        editable={!readOnly}
        extensions={extensions}
        minHeight="300px"
        maxHeight="70vh"
        basicSetup={{
          foldGutter: true,
          highlightActiveLine: !readOnly,
          highlightActiveLineGutter: !readOnly,
          autocompletion: false,
        }}
        onCreateEditor={(v) => {
          setView(v);
          onView?.(v);
        }}
      />
    </Box>
  );
}
