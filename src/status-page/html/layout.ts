// The frame of the public status pages: complete without JavaScript, one small inline stylesheet (no request of its
// own, under the 30 KB budget), mobile first, accessible (landmarks, one h1, lang, a skip link, visible focus,
// status in words with an icon, never colour alone), the organisation's accent colour and logo.
import type { Language } from '../../core/api/common.js';
import { formatDateTime } from '../../core/format-time.js';
import { t } from '../../core/i18n/index.js';
import { escapeHtml } from '../../core/mail/render.js';
import type { StatusSnapshot } from '../../core/status-page/snapshot.js';

export { escapeHtml };

const DEFAULT_ACCENT = '#1c5dad';

// Status colours: every one reaches 4.5:1 on white (used for the status words too); the icon shape and the word
// carry the meaning, the colour only helps.
const CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f4f5f7;color:#1a1b1e;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
a{color:var(--a);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.skip{position:absolute;left:-9999px;top:.5rem;background:#fff;color:var(--a);padding:.5rem 1rem;z-index:1}
.skip:focus{left:.5rem}
.top{background:var(--a);color:#fff}
.top a{color:#fff}
.top :focus-visible{outline-color:#fff}
.w{max-width:52rem;margin:0 auto;padding:0 1rem}
.bar{display:flex;flex-wrap:wrap;gap:.5rem 1rem;justify-content:space-between;align-items:center;padding-top:.75rem;padding-bottom:.75rem}
.brand{display:flex;align-items:center;gap:.6rem;margin:0;font-weight:600;font-size:1.05rem}
.brand img{height:2rem;width:auto;max-width:8rem;background:#fff;border-radius:4px;padding:2px}
h1{margin:1.25rem 0 .75rem;font-size:1.6rem;line-height:1.2}
h2{font-size:1.25rem;line-height:1.25;margin:0 0 .6rem}
h3{font-size:1.05rem;margin:0 0 .25rem}
h4,h5,h6{font-size:1rem;margin:.75rem 0 .25rem}
main{display:block;padding-bottom:1rem}
.card{background:#fff;border:1px solid #d0d5dd;border-radius:8px;padding:1rem;margin:0 0 1rem}
.banner{display:flex;gap:.6rem;align-items:center;font-size:1.15rem;font-weight:600;border-left-width:8px}
.meta{margin:.1rem 0 .4rem;color:#4f5661;font-size:.92rem}
.ic{display:inline-block;width:1.35em;height:1.35em;line-height:1.35em;text-align:center;border-radius:50%;color:#fff;font-weight:700;font-size:.85em;flex:none}
.s-operational{--s:#1e7b34}.s-degraded_performance{--s:#8a5a00}.s-partial_outage{--s:#b54708}.s-major_outage{--s:#b42318}.s-under_maintenance{--s:#1d5dad}.s-unknown{--s:#5f6670}
.st{color:var(--s);font-weight:600;white-space:nowrap}
.st .ic,.banner .ic{background:var(--s)}
.banner{border-left-color:var(--s)}
.i-none,.i-minor{--s:#8a5a00}.i-major{--s:#b54708}.i-critical{--s:#b42318}.i-maintenance{--s:#1d5dad}.i-ok{--s:#1e7b34}
.inc{border-left:6px solid var(--s)}
ol.up{list-style:none;margin:.5rem 0 0;padding:0}
ol.up li{border-top:1px solid #e1e4e8;padding:.5rem 0 .1rem}
.body p{margin:.35rem 0}
.body ul,.body ol{padding-left:1.25rem}
.body pre{overflow-x:auto;background:#f4f5f7;padding:.5rem}
.comps{list-style:none;margin:0 0 .75rem;padding:0}
.comp{border-top:1px solid #e1e4e8;padding:.6rem 0}
.row{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem}
.nm{font-weight:600}
.desc,.small{margin:.1rem 0;color:#4f5661;font-size:.88rem}
.days{display:flex;gap:1px;height:1.6rem;margin:.4rem 0 .2rem}
.days i{flex:1 1 0;min-width:1px;border-radius:1px;background:#1e7b34}
.days .d-degraded_performance{background:#c98a00}.days .d-partial_outage{background:#e06c00}.days .d-major_outage{background:#b42318}.days .d-under_maintenance{background:#1d5dad}.days .d-null{background:#c9cdd3}
label{display:block;font-weight:600;margin:.5rem 0 .2rem}
input[type=email]{width:100%;max-width:24rem;font:inherit;padding:.5rem;border:1px solid #6b7280;border-radius:4px}
button{font:inherit;font-weight:600;margin:.6rem 0 0;padding:.55rem 1.1rem;border:0;border-radius:4px;background:var(--a);color:#fff;cursor:pointer}
details{margin:.6rem 0 0}
summary{cursor:pointer;color:var(--a)}
fieldset{border:0;margin:.25rem 0 0;padding:0}
legend{font-size:.92rem;color:#4f5661;padding:0}
.cb{display:flex;gap:.5rem;align-items:center;font-weight:400;margin:.35rem 0}
.cb input{width:1.15rem;height:1.15rem;margin:0}
.links{display:flex;flex-wrap:wrap;gap:.35rem 1.25rem;list-style:none;margin:0;padding:0}
.links li{margin:.25rem 0}
.month{margin-bottom:1rem}
.hist{list-style:none;margin:0;padding:0}
.hist li{border-top:1px solid #e1e4e8;padding:.5rem 0}
footer{color:#4f5661;font-size:.88rem;padding-bottom:2rem}
footer p{margin:.25rem 0}
@media (min-width:40rem){h1{font-size:2rem}.card{padding:1.1rem 1.4rem}.days{height:2rem}}
@media print{.skip,.lang,form{display:none}.top{background:none;color:#000}.top a{color:#000}}
`
  .trim()
  .replace(/\n/g, '');

/** The accent colour if it is a plain `#rrggbb` (the settings check it; this keeps anything else out of the CSS). */
export function accentOf(s: StatusSnapshot): string {
  return /^#[0-9a-fA-F]{6}$/.test(s.page.accent_color) ? s.page.accent_color : DEFAULT_ACCENT;
}

/** Only http(s) and mailto addresses become links: never `javascript:` or the like from a setting. */
export function safeUrl(url: string): string | null {
  return /^(?:https?:\/\/|mailto:)[^\s"<>]+$/i.test(url.trim()) ? url.trim() : null;
}

export const other = (language: Language): Language => (language === 'nl' ? 'en' : 'nl');

/** The reader's text of a two-language value: their language, else the other one. */
export function pick(v: { nl: string; en: string }, l: Language): string {
  return v[l] || v[other(l)];
}

/** A date and time in the reader's language and the page's time zone, machine-readable too. */
export function time(iso: string, l: Language, s: StatusSnapshot): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatDateTime(iso, l, s.page.time_zone))}</time>`;
}

/** A catalogue sentence with one {time} filled in as a <time> element; the rest is escaped. */
export function sentenceWithTime(l: Language, key: string, iso: string, s: StatusSnapshot): string {
  const marker = '\u0000TIME\u0000';
  const [before, after] = t(l, key, { time: marker }).split(marker);
  return `${escapeHtml(before ?? '')}${time(iso, l, s)}${escapeHtml(after ?? '')}`;
}

export interface StatusFrame {
  snapshot: StatusSnapshot;
  language: Language;
  /** The document title's first part (the page name follows). */
  title: string;
  /** The visible h1. */
  heading: string;
  main: string;
  /** This page's address for the language switch; without it the link is relative (`?lang=`), same page. */
  path?: string;
  noindex?: boolean;
}

export function renderFrame(p: StatusFrame): string {
  const { snapshot: s, language: l } = p;
  const switchTo = other(l);
  const name = s.page.name;
  const logo = s.page.logo_url && /^https:\/\/[^\s"<>]+$/i.test(s.page.logo_url) ? s.page.logo_url : null;
  const footerLinks = s.page.footer_links
    .map((f) => ({ url: safeUrl(f.url), label: pick(f.label, l) }))
    .filter((f): f is { url: string; label: string } => f.url !== null && f.label !== '')
    .map((f) => `<li><a href="${escapeHtml(f.url)}" rel="noopener">${escapeHtml(f.label)}</a></li>`)
    .join('');
  const feeds = `<link rel="alternate" type="application/rss+xml" href="/status/feed.rss?lang=${l}" title="${escapeHtml(`${name} RSS`)}">
<link rel="alternate" type="application/atom+xml" href="/status/feed.atom?lang=${l}" title="${escapeHtml(`${name} Atom`)}">`;
  return `<!doctype html>
<html lang="${l}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
${p.noindex ? '<meta name="robots" content="noindex">\n' : ''}<title>${escapeHtml(name ? `${p.title} · ${name}` : p.title)}</title>
${feeds}
<style>:root{--a:${accentOf(s)}}${CSS}</style>
</head>
<body>
<a class="skip" href="#main">${escapeHtml(t(l, 'pages.status.skip'))}</a>
<header class="top">
<div class="w bar">
<p class="brand">${logo ? `<img src="${escapeHtml(logo)}" alt="${escapeHtml(t(l, 'pages.status.logo', { org: name }))}" referrerpolicy="no-referrer">` : ''}<span>${escapeHtml(name)}</span></p>
<a class="lang" href="${escapeHtml(p.path ?? '')}?lang=${switchTo}" lang="${switchTo}" hreflang="${switchTo}" title="${escapeHtml(t(l, 'pages.status.read_in_label'))}">${escapeHtml(t(l, 'pages.status.read_in'))}</a>
</div>
</header>
<main id="main" class="w" tabindex="-1">
<h1>${escapeHtml(p.heading)}</h1>
${p.main}
</main>
<footer class="w">
<p>${sentenceWithTime(l, 'pages.status.updated', s.page.updated_at, s)}</p>
<p>${escapeHtml(t(l, 'pages.status.times_in', { zone: s.page.time_zone }))}</p>
${footerLinks ? `<ul class="links">${footerLinks}</ul>\n` : ''}</footer>
</body>
</html>
`;
}

/** A short page with one sentence: "not found", "starting". Needs no snapshot. */
export function renderBareNotice(p: {
  language: Language;
  title: string;
  body: string;
  link?: string;
}): string {
  const l = p.language;
  return `<!doctype html>
<html lang="${l}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(p.title)}</title>
<style>:root{--a:${DEFAULT_ACCENT}}${CSS}</style>
</head>
<body>
<header class="top"><div class="w bar"><p class="brand"><span>${escapeHtml(t(l, 'pages.status.title'))}</span></p></div></header>
<main id="main" class="w">
<h1>${escapeHtml(p.title)}</h1>
<div class="card"><p>${escapeHtml(p.body)}</p>${p.link ?? ''}</div>
</main>
</body>
</html>
`;
}
