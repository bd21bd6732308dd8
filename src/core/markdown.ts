// Message bodies are Markdown: HTML for email and the public pages (no raw HTML can pass), plain text for chat.
import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';

// Only these link targets survive; anything else (javascript:, data:, vbscript:, file:, relative paths) stays
// literal text. Checked on the normalised URL, so entity or case tricks ("JaVaScRiPt&#58;") do not slip through.
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

interface RenderEnv {
  headingLevel?: number;
}

const attr = (token: Token, name: string): string => String(token.attrGet(name) ?? '');

function createRenderer(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
  const rules = md.renderer.rules;
  // A message's headings sit under the page's own: `# Title` becomes the level the page asks for.
  const heading: NonNullable<typeof rules.heading_open> = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const offset = Number((env as RenderEnv | undefined)?.headingLevel ?? 1) - 1;
    const level = Number(token.tag.slice(1)) + offset;
    token.tag = `h${Math.min(6, level)}`;
    return self.renderToken(tokens, idx, options);
  };
  rules.heading_open = heading;
  rules.heading_close = heading;
  rules.link_open = (tokens, idx, options, _env, self) => {
    tokens[idx]!.attrSet('rel', 'noopener noreferrer');
    return self.renderToken(tokens, idx, options);
  };
  // An image in a crisis message would load from a third party (a tracking pixel in every inbox): show it as a
  // link to the picture instead, labelled with its description.
  rules.image = (tokens, idx) => {
    const token = tokens[idx]!;
    const src = attr(token, 'src');
    const label = md.utils.escapeHtml(token.content || src);
    return `<a href="${md.utils.escapeHtml(src)}" rel="noopener noreferrer">${label}</a>`;
  };
  return md;
}

const md = createRenderer();

/**
 * Markdown to HTML: raw HTML is shown as text, links go only to http(s) and mailto, with rel="noopener noreferrer".
 * `headingLevel` is the level a `#` heading gets (default 1), so a message fits under the page's own headings.
 */
export function markdownToHtml(source: string, options: { headingLevel?: number } = {}): string {
  return md.render(source, { headingLevel: options.headingLevel ?? 1 });
}

/** Markdown to readable plain text: paragraphs, list bullets and quotes kept, links written as `label (url)`. */
export function markdownToText(source: string): string {
  const tree = toTree(md.parse(source, {}));
  return renderBlocks(tree, '\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface Node {
  token: Token;
  children: Node[];
}

// markdown-it's block tokens are flat (open ... close); nesting them makes lists and quotes easy to indent.
function toTree(tokens: Token[]): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  for (const token of tokens) {
    const level = stack[stack.length - 1]!;
    if (token.nesting === 1) {
      const node: Node = { token, children: [] };
      level.push(node);
      stack.push(node.children);
    } else if (token.nesting === -1) {
      stack.pop();
    } else {
      level.push({ token, children: [] });
    }
  }
  return root;
}

function renderBlocks(nodes: Node[], separator: string): string {
  return nodes
    .map(renderBlock)
    .filter((s) => s !== '')
    .join(separator);
}

const indent = (text: string, first: string, rest: string) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line === '' ? '' : rest) + line)
    .join('\n');

function renderBlock(node: Node): string {
  const { token, children } = node;
  switch (token.type) {
    case 'inline':
      return renderInline(token.children ?? []);
    case 'paragraph_open':
    case 'heading_open':
      return renderBlocks(children, '\n');
    case 'bullet_list_open':
      return children.map((item) => indent(renderBlocks(item.children, '\n'), '- ', '  ')).join('\n');
    case 'ordered_list_open': {
      const start = Number(token.attrGet('start') ?? 1);
      return children
        .map((item, i) => {
          const marker = `${start + i}. `;
          return indent(renderBlocks(item.children, '\n'), marker, ' '.repeat(marker.length));
        })
        .join('\n');
    }
    case 'blockquote_open':
      return indent(renderBlocks(children, '\n\n'), '> ', '> ');
    case 'fence':
    case 'code_block':
      return indent(token.content.replace(/\n$/, ''), '    ', '    ');
    case 'hr':
      return '----';
    case 'table_open':
      return renderTable(children);
    default:
      return renderBlocks(children, '\n');
  }
}

function renderTable(sections: Node[]): string {
  const rows = sections.flatMap((section) => section.children);
  return rows
    .map((row) => row.children.map((cell) => renderBlocks(cell.children, ' ')).join(' | '))
    .join('\n');
}

function renderInline(tokens: Token[]): string {
  let out = '';
  const links: Array<{ href: string; start: number; linkify: boolean }> = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        out += token.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += '\n';
        break;
      case 'image': {
        const src = attr(token, 'src');
        out += token.content ? `${token.content} (${src})` : src;
        break;
      }
      case 'link_open':
        links.push({ href: attr(token, 'href'), start: out.length, linkify: token.markup === 'linkify' });
        break;
      case 'link_close': {
        const link = links.pop();
        if (!link) break;
        const label = out.slice(link.start);
        const same = label === link.href || `mailto:${label}` === link.href || link.linkify;
        if (!same) out += label.trim() === '' ? link.href : ` (${link.href})`;
        break;
      }
      default:
        break;
    }
  }
  return out;
}
