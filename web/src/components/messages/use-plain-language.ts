// The plain-language check of one text while it is being written: run a moment after typing stops, not per key.
import { useMemo } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { checkPlainLanguage, type PlainLanguageResult } from '@core/plain-language/index';
import type { Language } from '../../api/types';

export type Jargon = ReadonlyArray<{ term: string; plain: string }>;

const DEBOUNCE_MS = 300;

export function usePlainLanguage(text: string, lang: Language, extraJargon: Jargon): PlainLanguageResult {
  const [settled] = useDebouncedValue(text, DEBOUNCE_MS);
  return useMemo(() => checkPlainLanguage(settled, lang, { extraJargon }), [settled, lang, extraJargon]);
}
