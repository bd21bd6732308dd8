// The frame of the server-rendered pages (internal page, press page): complete without JavaScript, small, mobile
// first, accessible (landmarks, one h1, lang, a skip link, visible focus, contrast of at least 4.5:1).
import type { Language } from '../../core/api/common.js';
import { formatDateTime } from '../../core/format-time.js';
import { t } from '../../core/i18n/index.js';
import { escapeHtml } from '../../core/mail/render.js';
import { markdownToHtml } from '../../core/markdown.js';

export { escapeHtml };

// One small stylesheet inline: no extra request, and the CSP allows inline styles (never inline scripts).
const CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f4f5f7;color:#1a1b1e;font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
a{color:#1c5dad;text-underline-offset:.15em}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid #1c5dad;outline-offset:2px;border-radius:2px}
.skip{position:absolute;left:-9999px;top:.5rem;background:#fff;color:#1c5dad;padding:.5rem 1rem;z-index:1}
.skip:focus{left:.5rem}
.top{background:#0f2b4c;color:#fff}
.top a{color:#fff}
.top :focus-visible{outline-color:#fff}
.bar,.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.bar{display:flex;flex-wrap:wrap;gap:.25rem 1rem;justify-content:space-between;align-items:baseline;padding-top:1rem}
.org{margin:0;font-weight:600;opacity:.95}
.lang{font-size:.95rem}
.head{padding:1rem 1rem 1.5rem}
h1{margin:0;font-size:1.75rem;line-height:1.2}
.intro{margin:.5rem 0 0;color:#e9eef5}
main.wrap{display:block;padding-top:1.5rem;padding-bottom:1rem}
h2{font-size:1.35rem;line-height:1.25;margin:0 0 .5rem}
h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
h4{font-size:1.05rem;margin:0}
h5,h6{font-size:1rem;margin:1rem 0 .25rem}
.card{background:#fff;border:1px solid #d0d5dd;border-radius:8px;padding:1rem 1.1rem;margin:0 0 1.25rem}
.calm{border-left:6px solid #2b8a3e}
.status{margin:.25rem 0}
.label{font-weight:600}
.meta{margin:.15rem 0 .5rem;color:#4f5661;font-size:.95rem}
.badge{display:inline-block;margin:.25rem 0 .5rem;padding:.15rem .5rem;border:1px solid #b35c00;border-radius:4px;background:#fff3bf;color:#5c3300;font-size:.9rem}
.next{margin:.75rem 0;padding:.5rem .75rem;border-left:4px solid #1c5dad;background:#e7f0fb}
.guide{display:grid;gap:0 1.5rem}
.guide ul{margin:0;padding-left:1.25rem}
.guide li{margin:.25rem 0}
.do h3{color:#1e6b30}
.dont h3{color:#a61e1e}
.note{font-size:.95rem;color:#4f5661;font-style:italic;margin:.25rem 0}
.msg{border-top:1px solid #e1e4e8;padding:.75rem 0 .25rem}
h2+.msg,h3+.msg{border-top:0;padding-top:.25rem}
.body p{margin:.5rem 0}
.body ul,.body ol{padding-left:1.25rem}
.body blockquote{margin:.5rem 0;padding-left:.75rem;border-left:3px solid #d0d5dd;color:#3b4149}
.body pre{overflow-x:auto;background:#f4f5f7;padding:.5rem}
.link{margin:.5rem 0;padding:.5rem .75rem;background:#f4f5f7;border-left:4px solid #1c5dad}
.outdated{background:#fff8e6;border-left-color:#b35c00}
.contact dl{margin:.5rem 0 0;display:grid;grid-template-columns:auto 1fr;gap:.25rem .75rem}
.contact dt{font-weight:600}
.contact dd{margin:0;overflow-wrap:anywhere}
footer{color:#4f5661;font-size:.9rem;padding:0 0 2rem}
@media (min-width:40rem){h1{font-size:2.1rem}.guide{grid-template-columns:1fr 1fr}.card{padding:1.25rem 1.5rem}}
@media print{.skip,.lang{display:none}.top{background:none;color:#000}.top a{color:#000}}
`
  .trim()
  .replace(/\n/g, '');

export interface PageFrame {
  language: Language;
  title: string;
  organisation: string;
  intro?: string;
  /** The main content, already HTML. */
  main: string;
  /** When the data was read, for the footer. */
  now?: string;
  /** Keep the page out of search engines (the internal page, error pages). */
  noindex?: boolean;
}

const other = (language: Language): Language => (language === 'nl' ? 'en' : 'nl');

export function renderPage(p: PageFrame): string {
  const l = p.language;
  const switchTo = other(l);
  const pageTitle = p.organisation ? `${p.title} · ${p.organisation}` : p.title;
  return `<!doctype html>
<html lang="${l}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
${p.noindex ? '<meta name="robots" content="noindex">\n' : ''}<title>${escapeHtml(pageTitle)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">${escapeHtml(t(l, 'pages.skip'))}</a>
<header class="top">
<div class="bar">
<p class="org">${escapeHtml(p.organisation)}</p>
<a class="lang" href="?lang=${switchTo}" lang="${switchTo}" hreflang="${switchTo}">${escapeHtml(t(switchTo, 'pages.read_in'))}</a>
</div>
<div class="wrap head">
<h1>${escapeHtml(p.title)}</h1>
${p.intro ? `<p class="intro">${escapeHtml(p.intro)}</p>` : ''}
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
${p.main}
</main>
${p.now ? `<footer class="wrap"><p>${escapeHtml(t(l, 'pages.shown_at', { time: formatDateTime(p.now, l) }))}</p></footer>\n` : ''}</body>
</html>
`;
}

/** A date and time in the reader's language and the organisation's timezone, machine-readable too. */
export function time(iso: string, language: Language): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatDateTime(iso, language))}</time>`;
}

/** A catalogue sentence with one {time} filled in as a <time> element; the rest of the sentence is escaped. */
export function sentenceWithTime(language: Language, key: string, iso: string): string {
  const marker = '\u0000TIME\u0000';
  const [before, after] = t(language, key, { time: marker }).split(marker);
  return `${escapeHtml(before ?? '')}${time(iso, language)}${escapeHtml(after ?? '')}`;
}

/** A message body (Markdown) under a heading of the given level. */
export function messageBody(markdown: string, headingLevel: number): string {
  return `<div class="body">${markdownToHtml(markdown, { headingLevel }).trim()}</div>`;
}

/** `lang` attribute for a part written in another language than the page, and the note that says so. */
export function otherLanguage(page: Language, part: Language): { attr: string; note: string } {
  if (page === part) return { attr: '', note: '' };
  return {
    attr: ` lang="${part}"`,
    note: `<p class="note">${escapeHtml(t(page, `pages.only_in.${part}`))}</p>`,
  };
}

/** A short page with one message, for "not found" and "log in first". */
export function renderNotice(p: {
  language: Language;
  organisation: string;
  title: string;
  body: string;
  link?: { href: string; label: string };
}): string {
  return renderPage({
    language: p.language,
    title: p.title,
    organisation: p.organisation,
    noindex: true,
    main: `<section class="card"><p>${escapeHtml(p.body)}</p>${
      p.link ? `<p><a href="${escapeHtml(p.link.href)}">${escapeHtml(p.link.label)}</a></p>` : ''
    }</section>`,
  });
}
