// i18next set-up: the nl and en catalogues, the first language (remembered choice, else the browser's), <html lang>.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

// Each area may keep its words in its own pair of files (plan.en.json + plan.nl.json, ...), one top-level key
// each, so areas built side by side do not edit one large file. They are merged into one catalogue here.
type Catalogue = Record<string, unknown>;
const parts = import.meta.glob<Catalogue>('./*.*.json', { eager: true, import: 'default' });
function merged(lng: 'en' | 'nl', base: Catalogue): Catalogue {
  const extra = Object.entries(parts).filter(([path]) => path.endsWith(`.${lng}.json`));
  return Object.assign({}, base, ...extra.map(([, part]) => part));
}

export type UiLanguage = 'nl' | 'en';
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
  resources: { en: { translation: merged('en', en) }, nl: { translation: merged('nl', nl) } },
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

/** Switches the whole UI at once and remembers the choice for the next visit's login page. */
export function setUiLanguage(lng: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode without storage: the switch still works for this visit.
  }
  if (i18n.language !== lng) void i18n.changeLanguage(lng);
}

export function currentLanguage(): UiLanguage {
  return i18n.language === 'nl' ? 'nl' : 'en';
}

export default i18n;
