// Blanks out the parts of Markdown nobody reads as prose (code, URLs, {{variables}}), keeping every offset.
//
// The result has the same length as the input, so a position in it is a position in the original text.
// Code blocks become spaces. Inline parts become HIDDEN, a character that is neither a word nor white
// space, so a sentence can still start with a variable ("Done. {{org}} will call you."). Block markers
// (headings, list bullets, table rows, rules) become line breaks, so that the sentence splitter sees a
// blank line there: a list item is its own sentence even without a full stop.

export const HIDDEN = '\uE000';

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S/;
const RULE_OR_SETEXT = /^[ \t]*(?:[-=*_][ \t]*){3,}$/;
const BLOCK_MARKER =
  /^[ \t]{0,3}(?:>[ \t]?)*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+|\|)/;

const INLINE: RegExp[] = [
  /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, // code spans (before anything else: their content is code)
  /<!--[\s\S]*?-->/g, // HTML comments
  /\{\{[\s\S]*?\}\}/g, // template variables
  /<(?:https?:|mailto:)[^>\s]*>/gi, // autolinks
  /\]\([^)\s]*(?:[ \t]+(?:"[^"]*"|'[^']*'))?\)/g, // inline link and image destinations (the ] stays visible)
  /\]\[[^\]\n]*\]/g, // reference link labels
  /\b(?:https?:\/\/|www\.)[^\s<>()[\]{}]*[^\s<>()[\]{}.,;:!?'"’”]/gi, // bare URLs, not their final full stop
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // email addresses
  /<\/?[a-zA-Z][^<>]*>/g, // HTML tags (their content stays)
];

export function maskMarkdown(text: string): string {
  const out = text.split('');
  const blank = (start: number, end: number, fill = ' '): void => {
    for (let i = start; i < end; i++) if (out[i] !== '\n') out[i] = fill;
  };

  let fence: string | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (fence !== null) {
      blank(start, start + line.length);
      // The closing fence uses the same character, at least as many, and nothing else on its line.
      const close = FENCE.exec(line)?.[1] ?? '';
      if (close[0] === fence[0] && close.length >= fence.length && line.trim() === close) fence = null;
      continue;
    }
    const open = FENCE.exec(line);
    if (open?.[1]) {
      fence = open[1];
      blank(start, start + line.length);
    } else if (REFERENCE_DEFINITION.test(line)) {
      blank(start, start + line.length);
    } else if (RULE_OR_SETEXT.test(line)) {
      blank(start, start + line.length, '\n');
    } else {
      const marker = BLOCK_MARKER.exec(line);
      if (marker) blank(start, start + marker[0].length, '\n');
    }
  }

  let masked = out.join('');
  for (const pattern of INLINE) {
    let changed = false;
    for (const m of masked.matchAll(pattern)) {
      // A link destination keeps its "]" so the link text before it still reads as text.
      const from = m[0].startsWith(']') ? m.index + 1 : m.index;
      blank(from, m.index + m[0].length, HIDDEN);
      changed = true;
    }
    if (changed) masked = out.join('');
  }
  return masked;
}
