// The jargon lists and the matcher: the examples from SPEC §4, offsets, inflections, whole words, extras.
import { describe, expect, it } from 'vitest';
import { checkPlainLanguage } from './check.js';
import { jargonEn } from './jargon-en.js';
import { jargonNl } from './jargon-nl.js';
import type { PlainLanguage } from './types.js';

function jargon(text: string, lang: PlainLanguage, extraJargon?: Array<{ term: string; plain: string }>) {
  return checkPlainLanguage(text, lang, extraJargon ? { extraJargon } : {}).findings.filter(
    (f) => f.kind === 'jargon',
  );
}

/** Each term, put in a sentence, is found exactly there, once. */
function expectFound(lang: PlainLanguage, terms: readonly string[], before: string, after: string) {
  for (const term of terms) {
    const text = `${before}${term}${after}`;
    const found = jargon(text, lang);
    expect(found, term).toHaveLength(1);
    expect(found[0], term).toMatchObject({
      start: before.length,
      end: before.length + term.length,
      text: term,
    });
  }
}

describe('the English list', () => {
  it('flags the examples of the spec with their plain alternative', () => {
    const examples = [
      'lateral movement',
      'C2',
      'command and control',
      'IOC',
      'payload',
      'EDR',
      'exfiltration',
      'ransomware',
      'threat actor',
      'zero-day',
      'phishing campaign',
      'MFA',
      'endpoint',
      'remediation',
      'mitigate',
      'vector',
      'malware',
      'patch',
      'DDoS',
      'root cause',
      'forensics',
    ];
    expectFound('en', examples, 'Our note says ', ' and nothing more.');
    const [hit] = jargon('We saw lateral movement.', 'en');
    expect(hit).toMatchObject({
      start: 7,
      end: 23,
      suggestion: 'the attackers spread to other systems',
      messageKey: 'plain.jargon',
      params: { term: 'lateral movement', plain: 'the attackers spread to other systems' },
    });
    expect(jargon('Ransomware hit us.', 'en')[0]?.suggestion).toBe(
      'criminals locked our files and demand money',
    );
    expect(jargon('Exfiltration stopped.', 'en')[0]?.suggestion).toBe('copying data out');
  });

  it('matches case-insensitively, with plurals and verb forms', () => {
    expectFound(
      'en',
      [
        'IOCs',
        'payloads',
        'Lateral Movement',
        'patched',
        'patching',
        'patches',
        'mitigated',
        'mitigating',
        'vectors',
        'zero day',
        'Zero-Day',
        'endpoints',
        'phishing campaigns',
        'root causes',
        'RANSOMWARE',
      ],
      'See: ',
      '.',
    );
  });

  it('prefers the longest phrase and keeps whole words', () => {
    expect(jargon('A phishing campaign hit us.', 'en').map((f) => f.text)).toEqual(['phishing campaign']);
    expect(jargon('The root cause analysis is done.', 'en')[0]?.suggestion).toBe('finding out the cause');
    expect(jargon('The attack vector was email.', 'en').map((f) => f.text)).toEqual(['attack vector']);
    expect(
      jargon('We dispatch the C2C team; an apt remark; a mitigated-sounding word.', 'en').map((f) => f.text),
    ).toEqual(['mitigated']);
    expect(jargon('The data breach affects customers.', 'en')).toEqual([]);
    expect(jargon('An APT group.', 'en').map((f) => f.text)).toEqual(['APT']);
  });

  it('has at least 60 terms, each with a plain alternative and no duplicates', () => {
    expect(jargonEn.length).toBeGreaterThanOrEqual(60);
    const keys = jargonEn.map((j) => j.term.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    for (const j of jargonEn) expect(j.plain.trim(), j.term).not.toBe('');
  });

  it('finds every term and form of its own list', () => {
    expectFound(
      'en',
      jargonEn.flatMap((j) => [j.term, ...(j.forms ?? [])]),
      'Here: ',
      ' now.',
    );
  });
});

describe('the Dutch list', () => {
  it('flags the examples of the spec with their plain alternative', () => {
    const examples = [
      'exfiltratie',
      'laterale beweging',
      'payload',
      'ransomware',
      'malware',
      'MFA',
      'phishing',
      'endpoint',
      'mitigeren',
      'remediëren',
      'incident response',
      'forensisch onderzoek',
      'middels',
      'teneinde',
      'inzake',
      'dienen te',
      'in het kader van',
      'reeds',
    ];
    expectFound('nl', examples, 'In de notitie staat ', ' en verder niets.');
    expect(jargon('Er was exfiltratie.', 'nl')[0]).toMatchObject({
      start: 7,
      end: 18,
      suggestion: 'het kopiëren van gegevens naar buiten',
    });
    expect(jargon('Wij werken middels een plan.', 'nl')[0]?.suggestion).toBe('met');
    expect(jargon('U dient te wachten.', 'nl')[0]).toMatchObject({ text: 'dient te', suggestion: 'moeten' });
  });

  it('matches plurals and simple verb forms', () => {
    expectFound(
      'nl',
      [
        'payloads',
        "IOC's",
        'endpoints',
        'patches',
        'gepatcht',
        'gemitigeerd',
        'mitigeert',
        'geremedieerd',
        'forensische onderzoeken',
        'DDoS-aanval',
        'ransomwareaanval',
        'phishingmails',
        'kwetsbaarheden',
      ],
      'Zie: ',
      '.',
    );
  });

  it('leaves everyday words alone', () => {
    const text = 'Er is een datalek. Het incident is gemeld bij de politie. De gegevens zijn veilig.';
    expect(jargon(text, 'nl')).toEqual([]);
  });

  it('has at least 60 terms, each with a plain alternative and no duplicates', () => {
    expect(jargonNl.length).toBeGreaterThanOrEqual(60);
    const keys = jargonNl.map((j) => j.term.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    for (const j of jargonNl) expect(j.plain.trim(), j.term).not.toBe('');
  });

  it('finds every term and form of its own list', () => {
    expectFound(
      'nl',
      jargonNl.flatMap((j) => [j.term, ...(j.forms ?? [])]),
      'Hier: ',
      ' nu.',
    );
  });
});

describe('extra jargon from the plan', () => {
  it('adds terms and overrides the plain alternative of built-in ones', () => {
    const extra = [
      { term: 'Citrix-gateway', plain: 'de thuiswerkverbinding' },
      { term: 'patch', plain: 'software-update' },
    ];
    const found = jargon('De Citrix gateway krijgt een patch.', 'nl', extra);
    expect(found.map((f) => [f.text, f.suggestion])).toEqual([
      ['Citrix gateway', 'de thuiswerkverbinding'],
      ['patch', 'software-update'],
    ]);
    // Without the extras, the built-in list is back.
    expect(jargon('Een patch.', 'nl')[0]?.suggestion).toBe('update');
  });

  it('survives empty and odd terms from a plan', () => {
    const extra = [
      { term: '', plain: 'x' },
      { term: '  ', plain: 'x' },
      { term: 'C++ (legacy)', plain: 'our old software' },
    ];
    expect(jargon('We still run C++ (legacy) code.', 'en', extra).map((f) => f.text)).toEqual([
      'C++ (legacy)',
    ]);
  });

  it('ignores jargon inside code, URLs, variables, and across them', () => {
    const text =
      'See `ransomware` at https://example.com/malware, {{facts.payload}}, lateral `x` movement, [EDR](https://x.nl/IOC).';
    expect(jargon(text, 'en').map((f) => f.text)).toEqual(['EDR']);
  });
});
