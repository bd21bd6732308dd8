import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToText } from './markdown.js';

// Every payload must come out without a live tag, event handler or dangerous link target.
const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload=alert(1)>',
  '<style>body{display:none}</style>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](  javascript:alert(1))',
  '[x](vbscript:msgbox(1))',
  '[x](file:///etc/passwd)',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](data:image/png;base64,iVBORw0KGgo=)',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '<data:text/html,<script>alert(1)</script>>',
  '[x][ref]\n\n[ref]: javascript:alert(1)',
  '[x](https://example.org "a\\" onmouseover=\\"alert(1))',
  '`<script>alert(1)</script>`',
  '```\n<script>alert(1)</script>\n```',
  '<!-- <script>alert(1)</script> -->',
];

describe('markdownToHtml', () => {
  it.each(hostile)('passes no live HTML or dangerous link: %s', (payload) => {
    const html = markdownToHtml(payload);
    // Only the tags markdown-it itself writes may appear.
    const tags = [...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase());
    for (const tag of tags) expect(['p', 'a', 'code', 'pre', 'br']).toContain(tag);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    for (const href of html.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^(https?:|mailto:)/);
    expect(html).not.toMatch(/(javascript|vbscript|data|file):[^<]*<\/a>/i);
  });

  it('shows raw HTML as text, so the reader sees what was written', () => {
    expect(markdownToHtml('<script>alert(1)</script>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n',
    );
  });

  it('leaves a javascript: link as literal text', () => {
    expect(markdownToHtml('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>\n');
  });

  it('renders safe links with rel="noopener noreferrer"', () => {
    expect(markdownToHtml('[Help](https://example.org/help)')).toBe(
      '<p><a href="https://example.org/help" rel="noopener noreferrer">Help</a></p>\n',
    );
    expect(markdownToHtml('Mail <press@example.org>')).toContain(
      '<a href="mailto:press@example.org" rel="noopener noreferrer">press@example.org</a>',
    );
  });

  it('links bare web addresses and email addresses', () => {
    expect(markdownToHtml('See https://example.org/status now')).toContain(
      '<a href="https://example.org/status" rel="noopener noreferrer">https://example.org/status</a>',
    );
    expect(markdownToHtml('Write to press@example.org.')).toContain('href="mailto:press@example.org"');
  });

  it('shows an image as a link to it, so no mail client loads a third-party picture', () => {
    expect(markdownToHtml('![Map of the outage](https://example.org/map.png)')).toBe(
      '<p><a href="https://example.org/map.png" rel="noopener noreferrer">Map of the outage</a></p>\n',
    );
  });

  it('escapes a title that tries to break out of its attribute', () => {
    const html = markdownToHtml('[x](https://example.org "a\\" onmouseover=\\"alert(1)")');
    expect(html).toContain('title="a&quot; onmouseover=&quot;alert(1)"');
  });
});

describe('markdownToText', () => {
  it('keeps paragraphs, headings, bullets, numbers and quotes readable', () => {
    const md = [
      '# What happened',
      '',
      'Our **customer portal** is *down*.',
      'We are working on it.',
      '',
      '- Do not click links in unexpected mail',
      '- Report odd mail',
      '  - to the service desk',
      '',
      '3. Save your work',
      '4. Log off',
      '',
      '> Stay calm.',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      [
        'What happened',
        '',
        'Our customer portal is down.',
        'We are working on it.',
        '',
        '- Do not click links in unexpected mail',
        '- Report odd mail',
        '  - to the service desk',
        '',
        '3. Save your work',
        '4. Log off',
        '',
        '> Stay calm.',
      ].join('\n'),
    );
  });

  it('writes links as label (url), and a bare address once', () => {
    expect(markdownToText('See [the status page](https://example.org/status).')).toBe(
      'See the status page (https://example.org/status).',
    );
    expect(markdownToText('See https://example.org/status.')).toBe('See https://example.org/status.');
    expect(markdownToText('Mail <press@example.org> or press@example.org')).toBe(
      'Mail press@example.org or press@example.org',
    );
    expect(markdownToText('[Mail us](mailto:press@example.org)')).toBe('Mail us (mailto:press@example.org)');
  });

  it('keeps text that looks like HTML as it was written', () => {
    expect(markdownToText('Use <b>only</b> the & sign')).toBe('Use <b>only</b> the & sign');
    expect(markdownToText('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))');
  });

  it('indents code and keeps multi-paragraph list items together', () => {
    expect(markdownToText('Run:\n\n```\nipconfig /all\n```')).toBe('Run:\n\n    ipconfig /all');
    expect(markdownToText('- first\n\n  more about first\n- second')).toBe(
      '- first\n  more about first\n- second',
    );
  });

  it('returns an empty string for empty input', () => {
    expect(markdownToText('')).toBe('');
    expect(markdownToText('   \n\n')).toBe('');
  });
});

describe('markdownToHtml heading levels', () => {
  it('puts headings under the page heading it is given, never past h6', () => {
    expect(markdownToHtml('# A\n\n## B')).toBe('<h1>A</h1>\n<h2>B</h2>\n');
    expect(markdownToHtml('# A\n\n## B\n\n###### F', { headingLevel: 4 })).toBe(
      '<h4>A</h4>\n<h5>B</h5>\n<h6>F</h6>\n',
    );
  });
});
