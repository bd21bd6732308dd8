// i18next set-up: the first language (remembered choice, else the browser's), <html lang>, and the catalogues,
// fetched when needed: only the language shown, and each area's words only once a page of that area is shown.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

// The main catalogue (en.json, nl.json: the words of the login page, the layout, the common words) and the areas'
// (plan.en.json + plan.nl.json, ..., one top-level key each, so areas built side by side do not edit one large
// file). Each file is its own chunk, merged into the language's one catalogue when loaded.
type Catalogue = Record<string, unknown>;
const mains = import.meta.glob<Catalogue>('./{en,nl}.json', { import: 'default' });
const parts = import.meta.glob<Catalogue>('./*.*.json', { import: 'default' });

export type UiLanguage = 'nl' | 'en';
/** An area's catalogue: the file name's first part (plan-edit.en.json is 'plan-edit'). */
export type Area =
  | 'evaluation'
  | 'exercises'
  | 'incidents'
  | 'legal'
  | 'messages'
  | 'plan'
  | 'plan-edit'
  | 'status'
  | 'triage';
export const ALL_AREAS: readonly Area[] = [
  'evaluation',
  'exercises',
  'incidents',
  'legal',
  'messages',
  'plan',
  'plan-edit',
  'status',
  'triage',
];
const STORAGE_KEY = 'stormbell.language';

function storedLanguage(): UiLanguage | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'nl' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

/** Before login: the language chosen earlier on this browser, else nl when the browser prefers Dutch, else en. */
export function initialLanguage(): UiLanguage {
  return storedLanguage() ?? (navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en');
}

void i18n.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['nl', 'en'],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

// What has been fetched ('en/main', 'nl/plan', ...), and the areas shown so far: a language switch fetches the
// new language's words for all of them before it switches, so no page ever shows a key instead of its words.
const fetched = new Map<string, Promise<void>>();
const done = new Set<string>();
const shown = new Set<Area>();

function fetchPart(lng: UiLanguage, part: Area | 'main'): Promise<void> {
  const id = `${lng}/${part}`;
  let pending = fetched.get(id);
  if (!pending) {
    const load = part === 'main' ? mains[`./${lng}.json`] : parts[`./${part}.${lng}.json`];
    if (!load) throw new Error(`no catalogue ${id}`);
    pending = load().then(
      (words) => {
        i18n.addResourceBundle(lng, 'translation', words, true, true);
        done.add(id);
      },
      (err: unknown) => {
        fetched.delete(id); // a later attempt (the next page, a retry) fetches it again
        throw err;
      },
    );
    fetched.set(id, pending);
  }
  return pending;
}

/** Whether the words of these areas (and the main catalogue) are there in the language shown now. */
export function wordsLoaded(areas: readonly Area[]): boolean {
  const lng = currentLanguage();
  return done.has(`${lng}/main`) && areas.every((a) => done.has(`${lng}/${a}`));
}

/** Fetches the main catalogue and these areas' words in the language shown (or `lng`), in parallel. */
export async function loadWords(areas: readonly Area[], lng: UiLanguage = currentLanguage()): Promise<void> {
  for (const a of areas) shown.add(a);
  await Promise.all([fetchPart(lng, 'main'), ...areas.map((a) => fetchPart(lng, a))]);
}

let wanted: UiLanguage | null = null;

/**
 * Switches the whole UI at once (once the new language's words for every area shown so far are fetched) and
 * remembers the choice for the next visit's login page. The last choice wins when several are still loading.
 */
export function setUiLanguage(lng: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode without storage: the switch still works for this visit.
  }
  wanted = lng;
  // Areas shown while this loads (a page opened meanwhile) are fetched too before the switch.
  const load = async (): Promise<void> => {
    do await loadWords([...shown], lng);
    while (![...shown].every((a) => done.has(`${lng}/${a}`)));
  };
  void load().then(
    () => {
      if (wanted === lng && i18n.language !== lng) void i18n.changeLanguage(lng);
    },
    () => {
      // Not fetched (offline, or a new version deployed meanwhile): stay in the language whose words are here.
    },
  );
}

export function currentLanguage(): UiLanguage {
  return i18n.language === 'nl' ? 'nl' : 'en';
}

export default i18n;

/**
 * A lazily loaded page's code together with its areas' words, fetched in parallel: in the language shown and, while
 * a switch is under way (just after login, to the account's language), in the one it switches to.
 */
export async function withWords<T>(areas: readonly Area[], load: () => Promise<T>): Promise<T> {
  const languages = new Set([currentLanguage(), wanted ?? currentLanguage()]);
  const [loaded] = await Promise.all([load(), ...[...languages].map((lng) => loadWords(areas, lng))]);
  return loaded;
}
