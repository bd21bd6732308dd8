// Improvement actions from the exercise: each goes to the backlog as an action item; the facilitator adds them,
// optionally tied to the expectation that showed the weak spot.
import { useState } from 'react';
import { Anchor, Button, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldError } from '../../api/client';
import { useExerciseChange, type Exercise, type ImprovementActionInput } from '../../api/exercises';
import { useDirectory } from '../../api/queries';
import { useAccount } from '../../lib/session';
import { FormAlert } from '../form-alert';

/** The owner picker's choice for "someone without an account". */
const OTHER = '__other__';
const FIELDS = ['title', 'owner_account_id', 'owner_name', 'due_on', 'expectation_id'];

export function ImprovementActions({ exercise, canAdd }: { exercise: Exercise; canAdd: boolean }) {
  const { t } = useTranslation();
  const me = useAccount();
  const accounts = useDirectory(canAdd);
  const [title, setTitle] = useState('');
  // The facilitator owns an action until they hand it to someone: every item in the backlog has an owner.
  const [owner, setOwner] = useState<string | null>(me.id);
  const [ownerName, setOwnerName] = useState('');
  const [due, setDue] = useState('');
  const [expectation, setExpectation] = useState<string | null>(null);
  const add = useExerciseChange(
    exercise.id,
    (c, v: ImprovementActionInput) => c.action(v),
    () => {
      setTitle('');
      setDue('');
      setExpectation(null);
    },
  );
  const ownerOptions = [
    ...(accounts.data ?? [])
      .map((a) => ({ value: a.id, label: a.name }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    { value: OTHER, label: t('exercises.actions.owner_other') },
  ];
  // The weak spots first: what was missed or late is what an action usually follows from.
  const options = [...exercise.expectations]
    .sort((a, b) => rank(a.outcome) - rank(b.outcome))
    .map((e) => ({ value: e.id, label: `${t(`exercises.outcome.${e.outcome}`)}: ${e.description}` }));
  return (
    <Stack gap="sm">
      {exercise.improvement_actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('exercises.actions.none')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" pl="md" m={0}>
          {exercise.improvement_actions.map((a) => (
            <li key={a.id}>
              <Text size="sm" className="break-anywhere">
                {a.title}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {exercise.improvement_actions.length > 0 && (
        <Anchor component={Link} to="/improvements" size="sm">
          {t('exercises.actions.backlog')}
        </Anchor>
      )}
      {canAdd && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({
              title,
              ...(owner === OTHER || owner === null
                ? { owner_name: ownerName }
                : { owner_account_id: owner }),
              due_on: due || null,
              ...(expectation ? { expectation_id: expectation } : {}),
            });
          }}
        >
          <Stack gap="xs">
            <TextInput
              label={t('exercises.actions.new')}
              description={t('exercises.actions.new_hint')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={fieldError(add.error, 'title')}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              <Select
                label={t('exercises.actions.owner')}
                data={ownerOptions}
                value={owner}
                onChange={setOwner}
                searchable
                allowDeselect={false}
                error={fieldError(add.error, 'owner_account_id')}
                comboboxProps={{ withinPortal: true }}
              />
              <TextInput
                type="date"
                label={t('exercises.actions.due')}
                value={due}
                onChange={(e) => setDue(e.currentTarget.value)}
                error={fieldError(add.error, 'due_on')}
              />
            </SimpleGrid>
            {owner === OTHER && (
              <TextInput
                label={t('exercises.actions.owner_name')}
                description={t('exercises.actions.owner_name_hint')}
                value={ownerName}
                onChange={(e) => setOwnerName(e.currentTarget.value)}
                error={fieldError(add.error, 'owner_name')}
              />
            )}
            <Select
              label={t('exercises.actions.expectation')}
              placeholder={t('exercises.actions.expectation_none')}
              data={options}
              value={expectation}
              onChange={setExpectation}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
            <FormAlert error={add.error} fields={FIELDS} />
            <Button
              type="submit"
              variant="light"
              loading={add.isPending}
              disabled={!title.trim()}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('exercises.actions.add')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

const rank = (o: string) => ({ missed: 0, late: 1, pending: 2, met: 3 })[o] ?? 4;
