// What the hostile-content tests look for in a page: a payload's marker that fired (`__pwned(n)`, `alert(n)`, or
// the browser refusing an inline script under the Content Security Policy), and elements or attributes a payload
// made (anything with `data-pwn`, an event-handler attribute, a javascript:/vbscript: URL, a frame or object, a
// script that calls the marker, a meta refresh or a base element).
import type { Page } from 'playwright-core';

export interface Watch {
  /** Markers that fired, and CSP refusals of inline script (a payload got in and only the CSP stopped it). */
  fired: string[];
}

/** Listens on a page for every way a payload could announce that it ran. */
export async function watch(page: Page): Promise<Watch> {
  const w: Watch = { fired: [] };
  await page.exposeFunction('__pwned', (n: unknown) => {
    w.fired.push(`__pwned(${String(n)}) on ${page.url()}`);
  });
  page.on('dialog', (d) => {
    w.fired.push(`${d.type()}(${d.message()}) on ${page.url()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('console', (m) => {
    if (/Refused to (execute|load|run|apply)|Content Security Policy/i.test(m.text()))
      w.fired.push(`CSP: ${m.text().slice(0, 200)} on ${page.url()}`);
  });
  return w;
}

// Runs in the page: returns a short description of every element a payload could have made.
const FIND_INJECTED = `(() => {
  const found = [];
  const say = (e, why) => found.push(why + ': ' + e.outerHTML.slice(0, 160));
  for (const e of document.querySelectorAll('*')) {
    if (e.hasAttribute('data-pwn')) say(e, 'data-pwn');
    for (const a of e.attributes) {
      if (/^on/i.test(a.name)) say(e, 'handler ' + a.name);
      if (/^(href|src|action|formaction|data|poster|background|xlink:href)$/i.test(a.name)
          && /^[\\s\\u0000-\\u001f]*(javascript|vbscript|data:text\\/html)/i.test(a.value)) say(e, 'url ' + a.name);
      if (a.name === 'srcdoc') say(e, 'srcdoc');
    }
  }
  for (const e of document.querySelectorAll('iframe, frame, object, embed, base, meta[http-equiv]'))
    say(e, 'element');
  for (const s of document.querySelectorAll('script'))
    if (/__pwned|alert\\(/.test(s.textContent)) say(s, 'script');
  return found;
})()`;

export function injected(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(FIND_INJECTED);
}

/** The page's outline: how many h1, main landmarks, and matches of `count` (e.g. rows or articles) it has. */
export function outline(page: Page, count = 'article'): Promise<{ h1: number; main: number; count: number }> {
  return page.evaluate<{ h1: number; main: number; count: number }>(`({
    h1: document.querySelectorAll('h1').length,
    main: document.querySelectorAll('main, [role=main]').length,
    count: document.querySelectorAll(${JSON.stringify(count)}).length,
  })`);
}

/** The page's visible text (what a reader gets), to check that payloads are shown as text rather than dropped. */
export function visible(page: Page): Promise<string> {
  return page.evaluate<string>('document.body.innerText');
}
