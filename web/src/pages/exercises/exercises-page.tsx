// Exercises: start a table-top from a built-in script (or one's own), and every exercise so far with its score, so
// a team sees its progress. Running ones come first.
import { useState } from 'react';
import { Button, Card, Collapse, EmptyState, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileUpload, IconSchool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useExercises, useScripts, type ScriptSummary } from '../../api/exercises';
import { ExerciseRow } from '../../components/exercises/exercise-row';
import { ScriptCard } from '../../components/exercises/script-card';
import { StartExerciseModal } from '../../components/exercises/start-exercise-modal';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { currentLanguage } from '../../i18n';
import { useAccount, useSystemInfo } from '../../lib/session';

export default function ExercisesPage() {
  const { t } = useTranslation();
  const mayStart = useAccount().access_level !== 'viewer';
  const scripts = useScripts();
  const exercises = useExercises();
  const [chosen, setChosen] = useState<ScriptSummary | null>(null);
  const [opened, modal] = useDisclosure(false);
  // The starter plan is in the organisation's language; a plan in force is usually written in it too.
  const planLanguage = useSystemInfo().organisation?.default_language ?? currentLanguage();
  const [showOthers, { toggle: toggleOthers }] = useDisclosure(false);
  const open = (script: ScriptSummary | null) => {
    setChosen(script);
    modal.open();
  };
  return (
    <>
      <PageHeader
        title={t('exercises.page.title')}
        description={t('exercises.page.intro')}
        actions={
          mayStart && (
            <Button
              variant="default"
              leftSection={<IconFileUpload size={16} aria-hidden />}
              onClick={() => open(null)}
            >
              {t('exercises.page.own_script')}
            </Button>
          )
        }
      />
      <Stack gap="xl">
        <Stack gap="sm" component="section" aria-labelledby="running-heading">
          <Title order={2} fz="lg" id="running-heading">
            {t('exercises.list.title')}
          </Title>
          <QueryState query={exercises} rows={3}>
            {(items) =>
              items.length === 0 ? (
                <Card withBorder padding="lg">
                  <EmptyState
                    icon={<IconSchool size={32} aria-hidden />}
                    title={t('exercises.list.none')}
                    description={t('exercises.list.none_hint')}
                  />
                </Card>
              ) : (
                <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} maw={960}>
                  {[...items]
                    .sort((a, b) => Number(a.status === 'ended') - Number(b.status === 'ended'))
                    .map((e) => (
                      <ExerciseRow key={e.id} exercise={e} />
                    ))}
                </Stack>
              )
            }
          </QueryState>
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="scripts-heading">
          <Title order={2} fz="lg" id="scripts-heading">
            {t('exercises.scripts.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('exercises.scripts.intro')}
          </Text>
          <QueryState query={scripts} rows={3}>
            {(items) => {
              // The built-in scripts name the plan's tasks by their titles, so they fit a plan in their own language:
              // the organisation's language first, the others folded away.
              const grid = (list: ScriptSummary[]) => (
                <SimpleGrid
                  cols={{ base: 1, sm: 2, lg: 3 }}
                  spacing="md"
                  component="ul"
                  p={0}
                  m={0}
                  style={{ listStyle: 'none' }}
                >
                  {list.map((s) => (
                    <ScriptCard key={s.id} script={s} onStart={mayStart ? () => open(s) : undefined} />
                  ))}
                </SimpleGrid>
              );
              const fitting = items.filter((s) => s.language === planLanguage);
              const others = items.filter((s) => s.language !== planLanguage);
              return (
                <Stack gap="md">
                  {grid(fitting.length > 0 ? fitting : items)}
                  {fitting.length > 0 && others.length > 0 && (
                    <>
                      <Button
                        variant="subtle"
                        onClick={toggleOthers}
                        aria-expanded={showOthers}
                        style={{ alignSelf: 'flex-start' }}
                      >
                        {showOthers
                          ? t('exercises.scripts.hide_other')
                          : t('exercises.scripts.show_other', { count: others.length })}
                      </Button>
                      <Collapse expanded={showOthers}>
                        <Stack gap="sm">
                          <Text size="sm" c="dimmed" maw={720}>
                            {t('exercises.scripts.other_hint')}
                          </Text>
                          {grid(others)}
                        </Stack>
                      </Collapse>
                    </>
                  )}
                </Stack>
              );
            }}
          </QueryState>
        </Stack>
      </Stack>
      <StartExerciseModal key={chosen?.id ?? 'own'} script={chosen} opened={opened} onClose={modal.close} />
    </>
  );
}
