// Chooses the section to edit: a row of links on wider screens, a select on phones; each shows its problems.
import { Badge, Button, Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { EDIT_BASE, sections, type Section } from './sections';

export function SectionNav({ counts }: { counts: Record<Section, number> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = sections.find((s) => pathname.startsWith(`${EDIT_BASE}/${s}`)) ?? 'team';
  const label = (s: Section) => t(`plan_edit.section.${s}`);

  return (
    <>
      <NativeSelect
        hiddenFrom="sm"
        label={t('plan_edit.nav.label')}
        value={active}
        onChange={(e) => void navigate(`${EDIT_BASE}/${e.currentTarget.value}`)}
        data={sections.map((s) => ({
          value: s,
          label: counts[s] > 0 ? `${label(s)} (${t('plan_edit.problems', { count: counts[s] })})` : label(s),
        }))}
      />
      <Group
        component="nav"
        aria-label={t('plan_edit.nav.label')}
        visibleFrom="sm"
        gap={2}
        pb="xs"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        {sections.map((s) => {
          const current = s === active;
          return (
            <Button
              key={s}
              component={Link}
              to={`${EDIT_BASE}/${s}`}
              variant={current ? 'light' : 'subtle'}
              color={current ? undefined : 'gray'}
              aria-current={current ? 'page' : undefined}
              size="compact-sm"
              rightSection={
                counts[s] > 0 ? (
                  <Badge
                    color="red"
                    size="xs"
                    circle
                    aria-label={t('plan_edit.problems', { count: counts[s] })}
                  >
                    {counts[s]}
                  </Badge>
                ) : undefined
              }
            >
              {label(s)}
            </Button>
          );
        })}
      </Group>
    </>
  );
}
