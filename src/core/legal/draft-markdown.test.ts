// The Markdown and JSON exports of a draft: grouped by section, marked draft or submitted, and hostile values kept
// as plain text when the Markdown is rendered.
import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToText } from '../markdown.js';
import { draftJson, draftMarkdown, escapeBlock, escapeInline } from './draft-markdown.js';

const meta = {
  organisation: 'Waterschap De Dijk',
  reference: 'INC-2027-0007',
  generatedAt: '2027-05-11T08:00:00.000Z',
  language: 'en' as const,
};
const fields = [
  { key: 'contact.name', section: '1. Contact', label: 'Contact person', value: 'Fatma Yılmaz' },
  { key: 'timeline.ongoing', section: '2. Timeline', label: 'Still going on', value: 'Yes' },
  { key: 'contact.email', section: '1. Contact', label: 'Email address', value: 'privacy@dijk.example' },
];

const hostile = [
  '# heading',
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '![img](https://tracker.example/p.png)',
  '- not a list',
  '1. not a list either',
  '> not a quote',
  '=====',
  '    indented code',
  '```\nfence',
  '**bold** _em_ `code` ~~strike~~',
  '| a | b |',
  'Smith & Jones &amp; &#58;',
  '<https://example.com>',
  'back\\slash',
];

describe('draftMarkdown', () => {
  it('groups fields by section in their order, under the title and the draft marking', () => {
    const md = draftMarkdown('Notification of a breach', fields, meta);
    expect(md).toMatch(/^# Notification of a breach\n\n\*\*DRAFT\*\*: Not submitted/);
    expect(md).toContain('- Organisation: Waterschap De Dijk\n- Incident: INC-2027-0007');
    expect(md).toContain('- Prepared on: 11 May 2027 at 10:00 CEST');
    const contact = md.indexOf('## 1. Contact');
    expect(contact).toBeGreaterThan(0);
    // Both contact fields under the one contact heading, before the timeline.
    const timeline = md.indexOf('## 2. Timeline');
    expect(md.indexOf('privacy@dijk.example')).toBeGreaterThan(contact);
    expect(md.indexOf('privacy@dijk.example')).toBeLessThan(timeline);
    expect(md.match(/^## /gm)).toHaveLength(2);
    const html = markdownToHtml(md);
    expect(html.match(/<h2>/g)).toHaveLength(2);
    expect(html).toContain('<strong>Contact person</strong>');
  });

  it('says when and under which reference it was submitted, in the language', () => {
    const submitted = { at: '2027-05-11T10:00:00.000Z', reference: 'AP-2027-123456' };
    const en = draftMarkdown('T', fields, { ...meta, submitted });
    expect(en).toContain('**Submitted on 11 May 2027 at 12:00 CEST, reference AP-2027-123456**');
    expect(en).not.toContain('DRAFT');
    const nl = draftMarkdown('T', fields, { ...meta, language: 'nl', submitted });
    expect(nl).toContain('Ingediend op 11 mei 2027 om 12:00 CEST, kenmerk AP-2027-123456');
    expect(draftMarkdown('T', fields, { ...meta, language: 'nl' })).toContain('**CONCEPT**: Niet ingediend');
  });

  it('keeps hostile values as text: no heading, no HTML, no link, no image, no list', () => {
    const evil = hostile.map((value, i) => ({
      key: `x.f${i}`,
      section: '# Evil <b>section</b>',
      label: '*label*',
      value,
    }));
    const md = draftMarkdown('<script>title</script> # x', evil, {
      ...meta,
      organisation: '[Org](javascript:x)',
    });
    // A permissive viewer: raw HTML allowed, any link target accepted.
    const viewer = markdownIt({ html: true });
    viewer.validateLink = () => true;
    for (const html of [viewer.render(md), markdownToHtml(md)]) {
      expect(html.match(/<h1>/g)).toHaveLength(1);
      expect(html.match(/<h2>/g)).toHaveLength(1);
      expect(html).not.toMatch(/<h[3-6]>|<script|<b>|<img|<ol|<blockquote|<pre|<code|<s>|<table|<hr/);
      expect(html).not.toMatch(/href="(?!https:)/);
      expect(html.match(/<ul>/g)).toHaveLength(1); // only the organisation and incident lines
      expect(html.match(/<em>/g)).toHaveLength(1); // only the note under them
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('[x](javascript:alert(1))');
      expect(html).toContain('Smith &amp; Jones &amp;amp; &amp;#58;');
    }
    expect(viewer.render(md)).not.toContain('<a ');
  });

  it('escapes so that the text reads back exactly as written', () => {
    for (const value of hostile) {
      const lines = value.split('\n').map((l) => l.trim());
      expect(markdownToText(escapeBlock(value)), value).toBe(lines.join('\n\n'));
      expect(markdownToText(escapeInline(value)), value).toBe(lines.join(' '));
    }
    // Plain text stays readable: nothing to escape in an ordinary sentence or a time.
    expect(escapeBlock('Servers isolated at 10:00, backups checked.')).toBe(
      'Servers isolated at 10:00, backups checked.',
    );
    expect(escapeBlock('+31 20 555 0101')).toBe('+31 20 555 0101');
    expect(escapeBlock('-5 degrees')).toBe('-5 degrees');
    expect(escapeBlock('line one\n\n  line two  ')).toBe('line one\n\nline two');
    expect(escapeBlock('  \n ')).toBe('—');
  });
});

describe('draftJson', () => {
  it('carries what it is, whether it was sent, and the fields as they are', () => {
    const extra = fields.map((f) => ({ ...f, prefilled: true }));
    expect(draftJson('gdpr_authority', 'Notification', extra, meta)).toEqual({
      kind: 'gdpr_authority',
      title: 'Notification',
      language: 'en',
      generated_at: '2027-05-11T08:00:00.000Z',
      organisation: 'Waterschap De Dijk',
      incident_reference: 'INC-2027-0007',
      submitted: null,
      fields,
    });
    const sent = draftJson('gdpr_authority', 'N', fields, {
      ...meta,
      submitted: { at: '2027-05-11T10:00:00.000Z', reference: 'AP-1' },
    });
    expect(sent.submitted).toEqual({ submitted_at: '2027-05-11T10:00:00.000Z', reference: 'AP-1' });
  });
});
