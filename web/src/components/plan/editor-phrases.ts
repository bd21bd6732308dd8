// CodeMirror's own words (search panel, folding, lint panel) in the UI language, from the plan catalogue.
import type { TFunction } from 'i18next';

export function editorPhrases(t: TFunction): Record<string, string> {
  return {
    Find: t('plan.editor.find'),
    Replace: t('plan.editor.replace'),
    next: t('plan.editor.next'),
    previous: t('plan.editor.previous'),
    all: t('plan.editor.all'),
    'match case': t('plan.editor.match_case'),
    regexp: t('plan.editor.regexp'),
    'by word': t('plan.editor.by_word'),
    replace: t('plan.editor.replace_one'),
    'replace all': t('plan.editor.replace_all'),
    close: t('plan.editor.close'),
    'current match': t('plan.editor.current_match'),
    'on line': t('plan.editor.on_line'),
    'Go to line': t('plan.editor.go_to_line'),
    go: t('plan.editor.go'),
    'Fold line': t('plan.editor.fold'),
    'Unfold line': t('plan.editor.unfold_line'),
    'folded code': t('plan.editor.folded'),
    unfold: t('plan.editor.unfold'),
    Diagnostics: t('plan.editor.diagnostics'),
    'No diagnostics': t('plan.editor.no_diagnostics'),
  };
}
