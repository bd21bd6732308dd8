// Pure builders of the incoming-webhook bodies of Slack, Microsoft Teams and Mattermost for one chat message.

export const CHAT_FORMATS = ['slack', 'teams', 'mattermost'] as const;
export type ChatFormat = (typeof CHAT_FORMATS)[number];

/** The mark on every message of an exercise, in both languages, so no reader mistakes it for the real thing. */
export const EXERCISE_MARK = 'EXERCISE / OEFENING';

export interface ChatMessage {
  title: string;
  /** Markdown. */
  text: string;
  link?: string;
  /** The words on the link; the link itself when absent. */
  linkLabel?: string;
  exercise?: boolean;
}

/** The title as readers see it, on one line; marked in an exercise (once, even when the caller marked it). */
export function chatTitle(message: ChatMessage): string {
  const title = message.title.replace(/\s+/g, ' ').trim();
  if (!message.exercise || title.startsWith(EXERCISE_MARK)) return title;
  return `${EXERCISE_MARK}: ${title}`;
}

export function chatBody(format: ChatFormat, message: ChatMessage): object {
  switch (format) {
    case 'slack':
      return slackBody(message);
    case 'teams':
      return teamsBody(message);
    case 'mattermost':
      return mattermostBody(message);
  }
}

// Slack limits: a header's text to 150 characters, a section's to 3000.
const SLACK_HEADER_MAX = 150;
const SLACK_SECTION_MAX = 3000;

const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Inside <url|label> the bar and angle brackets end the link, so they may not appear raw.
const slackLink = (url: string, label: string) =>
  `<${url.replace(/\|/g, '%7C').replace(/>/g, '%3E')}|${slackEscape(label).replace(/\|/g, '¦')}>`;

function slackProse(s: string): string {
  // Links first, while their brackets are still Markdown; placeholders (private-use characters, dropped from the
  // input) keep them out of the later rules, and mark bold until italic is done.
  const links: string[] = [];
  const keep = (link: string) => `\uE000${links.push(link) - 1}\uE000`;
  let out = s
    .replace(/[\uE000\uE001]/g, '')
    .replace(/!?\[([^\]\n]*)\]\(\s*<?([^\s)>]+)>?\s*\)/g, (m: string, label: string, url: string) =>
      // Only web and mail addresses become links: `<!channel|x>` would alert everyone, `<javascript:...>` is a
      // trap. Anything else stays text (escaped below), as on the status page.
      /^(?:https?:\/\/|mailto:)/i.test(url) ? keep(slackLink(url, label || url)) : m,
    );
  out = out.replace(/<(https?:\/\/[^\s>]+)>/g, (_m, url: string) => keep(slackLink(url, url)));
  out = slackEscape(out);
  // A quote keeps its marker: Slack reads "> " at the start of a line, not "&gt; ".
  out = out.replace(/^((?:&gt;[ \t]?)+)/gm, (m) => m.replace(/&gt;/g, '>'));
  out = out
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm, '\uE001$1\uE001')
    .replace(/\*\*(?=\S)(.+?)\*\*|__(?=\S)(.+?)__/g, (_m, a?: string, b?: string) => `\uE001${a ?? b}\uE001`)
    .replace(/(^|[^*\w])\*(?=\S)([^*\n]+?)\*(?![*\w])/g, '$1_$2_')
    .replace(/~~(?=\S)(.+?)~~/g, '~$1~')
    .replace(/^([ \t]*)[-*+][ \t]+/gm, '$1• ')
    .replace(/\uE001/g, '*');
  return out.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => links[Number(i)] ?? '');
}

/** Markdown to Slack's mrkdwn: bold, italic, strike, headings, bullets and links; code is left as it is. */
export function markdownToMrkdwn(markdown: string): string {
  // Odd parts are code (fenced or inline), where nothing but Slack's three control characters changes.
  return markdown
    .split(/(```[\s\S]*?```|`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? slackEscape(part) : slackProse(part)))
    .join('');
}

/** Cuts text into pieces of at most `max` characters, at a line break where there is one. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf('\n', max);
    const at = cut > 0 ? cut : max;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(cut > 0 ? at + 1 : at);
  }
  pieces.push(rest);
  return pieces.filter((p) => p.trim() !== '');
}

// encodeURIComponent leaves parentheses alone, and those would end a Markdown link.
const percent = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
const truncate = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Slack: a header and mrkdwn sections, the link beneath, and `text` for notifications and screen readers. */
export function slackBody(message: ChatMessage) {
  const title = chatTitle(message);
  const mrkdwn = markdownToMrkdwn(message.text);
  const blocks: object[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(title, SLACK_HEADER_MAX), emoji: true } },
    ...splitText(mrkdwn, SLACK_SECTION_MAX).map((piece) => ({
      type: 'section',
      text: { type: 'mrkdwn', text: piece },
    })),
  ];
  if (message.link) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: slackLink(message.link, message.linkLabel ?? message.link) }],
    });
  }
  return { text: mrkdwn.trim() ? `${slackEscape(title)}\n${mrkdwn}` : slackEscape(title), blocks };
}

/** Microsoft Teams (Workflows or connector): a message carrying one Adaptive Card. */
export function teamsBody(message: ChatMessage) {
  const body: object[] = [];
  if (message.exercise) {
    body.push({ type: 'TextBlock', text: EXERCISE_MARK, weight: 'Bolder', color: 'Attention', wrap: true });
  }
  body.push({ type: 'TextBlock', text: chatTitle(message), size: 'Large', weight: 'Bolder', wrap: true });
  if (message.text.trim()) body.push({ type: 'TextBlock', text: message.text, wrap: true });
  const actions = message.link
    ? [{ type: 'Action.OpenUrl', title: message.linkLabel ?? message.link, url: message.link }]
    : [];
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          actions,
        },
      },
    ],
  };
}

/** Mattermost reads Markdown itself: the title as a heading, the text, and the link beneath. */
export function mattermostBody(message: ChatMessage) {
  const parts = [`#### ${chatTitle(message)}`];
  if (message.text.trim()) parts.push(message.text);
  if (message.link) {
    const label = (message.linkLabel ?? message.link).replace(/[[\]\\]/g, '\\$&');
    parts.push(`[${label}](${message.link.replace(/[()\s]/g, percent)})`);
  }
  return { text: parts.join('\n\n') };
}
