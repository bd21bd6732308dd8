// An exercise's timeline events on its incident in words: "Inject +00:15: A journalist calls (from: Daily News)",
// with what happens as the second line; the facilitator pausing, resuming and ending it.
import type { TFunction } from 'i18next';
import type { IncidentEvent } from '../../api/incidents';
import { offsetLabel } from '../../api/exercises';
import i18n from '../../i18n';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function exerciseSentence(
  t: TFunction,
  e: IncidentEvent,
  actor: string,
): { sentence: string; detail?: string } {
  const p = e.payload;
  const key = `exercises.event.${e.type}`;
  // Types the server learned after this UI was built still show, by their name.
  if (typeof i18n.getResource(i18n.language, 'translation', key) !== 'string')
    return { sentence: t('incidents.event_sentence.unknown', { actor, type: e.type }) };
  const from = e.type === 'exercise.inject' ? str(p.from) : undefined;
  const ms = typeof p.fired_ms === 'number' ? p.fired_ms : p.exercise_ms;
  const sentence = t(from ? `${key}_from` : key, {
    actor,
    title: str(p.title) ?? '',
    at: typeof ms === 'number' ? offsetLabel(ms) : '',
    from: from ?? '',
  });
  const body = str(p.body);
  const detail = body === undefined ? undefined : plainText(body);
  return detail ? { sentence, detail } : { sentence };
}

/** The inject's Markdown as the timeline's plain second line: no emphasis marks or quote signs, paragraphs kept. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\*\*|__|`/g, '')
    .replace(/^>\s?/gm, '')
    .replace(/([^\n])\n(?!\n)/g, '$1 ')
    .trim();
}
