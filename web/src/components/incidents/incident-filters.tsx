// The dashboard's filters: open or closed, phase, severity, scenario, exercise, and a search box; kept in the URL.
import { useEffect, useState } from 'react';
import {
  Button,
  Collapse,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconSearch, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PHASES, type IncidentFilters } from '../../api/incidents';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  filters: IncidentFilters;
  onChange: (f: IncidentFilters) => void;
  severities: Option[];
  scenarios: Option[];
}

export function IncidentFilterBar({ filters, onChange, severities, scenarios }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const active = [filters.phase, filters.severity, filters.scenario, filters.exercise].filter(Boolean).length;
  const [opened, { toggle }] = useDisclosure(active > 0);
  const [q, setQ] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(q, 300);

  useEffect(() => {
    if ((debounced || undefined) !== filters.q) onChange({ ...filters, q: debounced || undefined });
    // Only the typed text drives this; the other filters are passed through as they are.
  }, [debounced]);

  const set = (patch: Partial<IncidentFilters>) => onChange({ ...filters, ...patch });
  const any = (label: string) => [{ value: '', label }];

  const selects = (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      <Select
        label={t('incidents.filters.phase')}
        data={[
          ...any(t('incidents.filters.any_phase')),
          ...PHASES.map((p) => ({ value: p, label: t(`incidents.phase.${p}`) })),
        ]}
        value={filters.phase ?? ''}
        onChange={(v) => set({ phase: (v || undefined) as IncidentFilters['phase'] })}
        allowDeselect={false}
      />
      <Select
        label={t('incidents.filters.severity')}
        data={[...any(t('incidents.filters.any_severity')), ...severities]}
        value={filters.severity ?? ''}
        onChange={(v) => set({ severity: v || undefined })}
        allowDeselect={false}
      />
      <Select
        label={t('incidents.filters.scenario')}
        data={[...any(t('incidents.filters.any_scenario')), ...scenarios]}
        value={filters.scenario ?? ''}
        onChange={(v) => set({ scenario: v || undefined })}
        allowDeselect={false}
      />
      <Select
        label={t('incidents.filters.exercise')}
        data={[
          { value: '', label: t('incidents.filters.exercise_any') },
          { value: 'false', label: t('incidents.filters.exercise_real') },
          { value: 'true', label: t('incidents.filters.exercise_only') },
        ]}
        value={filters.exercise ?? ''}
        onChange={(v) => set({ exercise: (v || undefined) as IncidentFilters['exercise'] })}
        allowDeselect={false}
      />
    </SimpleGrid>
  );

  return (
    <Stack gap="sm" mb="lg">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('incidents.filters.search')}
          placeholder={t('incidents.filters.search_placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 220px' }}
        />
        <SegmentedControl
          aria-label={t('incidents.filters.state')}
          data={[
            { value: '', label: t('incidents.filters.all') },
            { value: 'true', label: t('incidents.filters.open') },
            { value: 'false', label: t('incidents.filters.closed') },
          ]}
          value={filters.open ?? ''}
          onChange={(v) => set({ open: (v || undefined) as IncidentFilters['open'] })}
        />
        {!wide && (
          <Button
            variant="default"
            leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
            onClick={toggle}
            aria-expanded={opened}
          >
            {active > 0 ? t('incidents.filters.more_active', { count: active }) : t('incidents.filters.more')}
          </Button>
        )}
        {active > 0 && (
          <Button
            variant="subtle"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={() => onChange({ open: filters.open, q: filters.q })}
          >
            {t('incidents.filters.clear')}
          </Button>
        )}
      </Group>
      {wide ? selects : <Collapse expanded={opened}>{selects}</Collapse>}
    </Stack>
  );
}
