// The reports an incident is declared or merged from, listed so the person sees what they are acting on.
import { Group, List, Skeleton, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Report } from '../../api/triage';
import { SourceBadge } from './report-badges';

export function useReportsById(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['reports', 'one', id],
      queryFn: () => api.get<Report>(`/reports/${encodeURIComponent(id)}`),
      staleTime: 60_000,
    })),
  });
}

export function SourceReports({ ids, label }: { ids: readonly string[]; label: string }) {
  const { t } = useTranslation();
  const reports = useReportsById(ids);
  if (ids.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <List size="sm" spacing={6} listStyleType="none" aria-label={label}>
        {reports.map((q, i) => (
          <List.Item key={ids[i]}>
            {q.data ? (
              <Group gap={8} wrap="nowrap" align="flex-start">
                <SourceBadge source={q.data.source} />
                <Text size="sm" className="break-anywhere">
                  {q.data.title}
                </Text>
              </Group>
            ) : q.isPending ? (
              <Skeleton height={20} width="70%" />
            ) : (
              <Text size="sm" c="dimmed">
                {t('triage.declare.report_unavailable')}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
