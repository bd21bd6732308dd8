// A value from the plan's list of changes, readable without knowing JSON: text as text, lists and groups compactly.
import type { ReactNode } from 'react';
import { Spoiler, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDate } from '../../lib/format';

type Primitive = string | number | boolean | null | undefined;
const isPrimitive = (v: unknown): v is Primitive => v === null || typeof v !== 'object';
const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** Field names as words: "may_approve" -> "may approve". */
const words = (key: string) => key.replace(/_/g, ' ');

function primitive(t: TFunction, v: Primitive): string {
  if (v === null || v === undefined || v === '') return t('plan.diff.empty');
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  // A date (reviewed_at) reads better in the reader's own way of writing dates.
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
  return String(v);
}

/** One line for any value: an item is named by its name, title or id; a list by its items. */
function inline(t: TFunction, v: unknown): string {
  if (isPrimitive(v)) return primitive(t, v);
  if (Array.isArray(v)) {
    if (v.length === 0) return t('plan.diff.empty_list');
    return v.map((x) => inline(t, x)).join(v.every(isPrimitive) ? ', ' : '; ');
  }
  const item = v as Record<string, unknown>;
  const name = item.name ?? item.title ?? item.organisation ?? item.subject ?? item.id;
  if (typeof name === 'string') return name;
  return Object.entries(v)
    .map(([k, x]) => `${words(k)}: ${inline(t, x)}`)
    .join(', ');
}

export function ChangeValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  let body: ReactNode;
  if (isRecord(value)) {
    body = (
      <Stack gap={2}>
        {Object.entries(value).map(([k, x]) => (
          <Text key={k} size="sm" className="break-anywhere">
            <Text span size="sm" c="dimmed">
              {words(k)}:
            </Text>{' '}
            {inline(t, x)}
          </Text>
        ))}
      </Stack>
    );
  } else if (Array.isArray(value) && value.some((x) => !isPrimitive(x))) {
    body = (
      <Stack gap={2} component="ul" m={0} pl="md">
        {value.map((x, i) => (
          <Text component="li" key={i} size="sm" className="break-anywhere">
            {inline(t, x)}
          </Text>
        ))}
      </Stack>
    );
  } else {
    body = (
      <Text size="sm" className="pre-wrap">
        {inline(t, value)}
      </Text>
    );
  }
  return (
    <Spoiler
      maxHeight={120}
      showLabel={t('plan.scenarios.show_more')}
      hideLabel={t('plan.scenarios.show_less')}
    >
      {body}
    </Spoiler>
  );
}
