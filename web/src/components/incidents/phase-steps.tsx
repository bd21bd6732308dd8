// The five phases as a row of steps: done, current and still to come, readable without colour (text and a tick).
import { Box, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PHASES, type Phase } from '../../api/incidents';
import { phaseColor } from './incident-colors';

interface Props {
  phase: Phase;
  /** Compact: one bar of segments with the current phase's name (lists, phones); full: a label under each step. */
  compact?: boolean;
  /** With compact: "Phase 2 of 5: Containment" instead of the name alone. */
  position?: boolean;
}

export function PhaseSteps({ phase, compact, position }: Props) {
  const { t } = useTranslation();
  const current = PHASES.indexOf(phase);
  const color = phaseColor[phase];
  const label = t('incidents.phase_position', {
    n: current + 1,
    total: PHASES.length,
    phase: t(`incidents.phase.${phase}`),
  });
  if (compact) {
    return (
      <Box miw={0}>
        <Group gap={3} wrap="nowrap" aria-hidden>
          {PHASES.map((p, i) => (
            <Box
              key={p}
              h={6}
              style={{
                flex: 1,
                borderRadius: 3,
                background: i <= current ? `var(--mantine-color-${color}-6)` : 'var(--mantine-color-gray-3)',
              }}
            />
          ))}
        </Group>
        {position ? (
          <Text size="sm" mt={6} fw={700} c={`${color}.9`}>
            {label}
          </Text>
        ) : (
          <Text size="xs" mt={4} fw={600} c={`${color}.9`}>
            {t(`incidents.phase.${phase}`)}
            <VisuallyHidden> ({label})</VisuallyHidden>
          </Text>
        )}
      </Box>
    );
  }
  return (
    <Box component="ol" aria-label={t('incidents.phase_bar.label')} p={0} m={0} style={{ listStyle: 'none' }}>
      <Group gap={4} wrap="nowrap" align="flex-start">
        {PHASES.map((p, i) => {
          const done = i < current;
          const now = i === current;
          return (
            <Box
              component="li"
              key={p}
              style={{ flex: 1, minWidth: 0 }}
              aria-current={now ? 'step' : undefined}
            >
              <Box
                h={8}
                style={{
                  borderRadius: 4,
                  background: done
                    ? 'var(--mantine-color-gray-6)'
                    : now
                      ? `var(--mantine-color-${color}-6)`
                      : 'var(--mantine-color-gray-2)',
                }}
              />
              <Group gap={4} mt={6} wrap="nowrap">
                {done && <IconCheck size={14} aria-hidden style={{ flexShrink: 0 }} />}
                <Text
                  size="sm"
                  fw={now ? 700 : 400}
                  c={now ? `${color}.9` : done ? 'gray.7' : 'dimmed'}
                  truncate
                >
                  {t(`incidents.phase.${p}`)}
                </Text>
              </Group>
              <VisuallyHidden>
                {done
                  ? t('incidents.phase_bar.done')
                  : now
                    ? t('incidents.phase_bar.now')
                    : t('incidents.phase_bar.later')}
              </VisuallyHidden>
            </Box>
          );
        })}
      </Group>
    </Box>
  );
}
