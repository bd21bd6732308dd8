// Published messages as the public pages show them: one language each, and corrections linked both ways.
import type { Language } from '../../core/api/common.js';
import { pickContent } from '../../core/pages/language.js';
import type { PageMessage } from '../../core/pages/page-data.js';
import type { PublishedMessage } from '../../store/repos/messages.js';

/**
 * `messages` newest first, each beside what the page shows of it. A correction links to its original, and the
 * original to its correction, when both are in the list: a page never points to a message it does not show.
 */
export function toPageMessages(
  messages: PublishedMessage[],
  language: Language,
): Array<{ message: PublishedMessage; shown: PageMessage }> {
  const byId = new Map(messages.map((m) => [m.id, m]));
  const correctionOf = new Map<string, PublishedMessage>();
  // Newest first, so the earliest correction of a message is set last and wins.
  for (const m of messages) if (m.corrects_id && byId.has(m.corrects_id)) correctionOf.set(m.corrects_id, m);
  return messages.flatMap((message) => {
    const content = pickContent(message.contents, language);
    if (!content) return [];
    const original = message.corrects_id ? byId.get(message.corrects_id) : undefined;
    const correction = correctionOf.get(message.id);
    const shown: PageMessage = {
      id: message.id,
      publishedAt: message.published_at,
      language: content.language === 'nl' ? 'nl' : 'en',
      subject: content.subject,
      body: content.body,
      corrects: original
        ? { id: original.id, publishedAt: original.published_at }
        : message.corrects_id
          ? 'earlier'
          : null,
      correctedBy: correction ? { id: correction.id, publishedAt: correction.published_at } : null,
    };
    return [{ message, shown }];
  });
}
