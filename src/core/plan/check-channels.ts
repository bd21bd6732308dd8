// Plan rules for an audience's delivery lists: a list of recipients, chat webhooks or webhook receivers is used only
// when the audience has the channel it belongs to, and no URL is listed twice.
import type { PlanMessageKey } from './catalogue.js';
import type { PlanPath, Problem } from './problem.js';
import { maps, section, str, strings, type RawMap } from './raw.js';

/** Each delivery list of an audience and the channel that uses it. */
const lists: Array<{ field: string; channel: string; noun?: PlanMessageKey }> = [
  { field: 'recipients', channel: 'email' },
  { field: 'chat', channel: 'chat', noun: 'noun.chat' },
  { field: 'webhooks', channel: 'webhook', noun: 'noun.webhooks' },
];

/** The same URL twice in one list would deliver every message there twice. */
function repeatedUrls(items: Array<[number, RawMap]>, base: PlanPath, noun: PlanMessageKey): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  for (const [index, item] of items) {
    const url = str(item.url)?.trim();
    if (url === undefined) continue;
    const earlier = first.get(url);
    if (earlier === undefined) first.set(url, index);
    else
      problems.push({
        path: [...base, index, 'url'],
        key: 'url_duplicate',
        params: { n: earlier + 1 },
        terms: { what: noun },
      });
  }
  return problems;
}

export function channelProblems(plan: RawMap): Problem[] {
  const problems: Problem[] = [];
  for (const [index, audience] of section(plan, 'audiences')) {
    // Without a readable list of channels there is nothing to compare with (the shape check says why).
    const channels = Array.isArray(audience.channels)
      ? new Set(strings(audience.channels).map(([, c]) => c))
      : undefined;
    for (const { field, channel, noun } of lists) {
      const items = audience[field];
      if (channels && Array.isArray(items) && items.length > 0 && !channels.has(channel))
        problems.push({ path: ['audiences', index, field], key: 'list_unused', params: { channel } });
      if (noun) problems.push(...repeatedUrls(maps(items), ['audiences', index, field], noun));
    }
  }
  return problems;
}
