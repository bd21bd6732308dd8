// Each participant's view: what went well and what went wrong, in their own words, under their name. One's own
// contributions can be changed or taken back while the review is open (an admin may do so for anyone).
import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconMoodSad, IconMoodSmile, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { useReviewChange, type Contribution, type Review } from '../../api/evaluation';
import { formatDateTime } from '../../lib/format';
import { ConfirmModal } from '../confirm-modal';
import { FormAlert } from '../form-alert';

interface Props {
  review: Review;
  ikey: string;
}

export function Contributions({ review, ikey }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Contribution | null>(null);
  const remove = useReviewChange<string>(
    ikey,
    review.incident.id,
    (api, contributionId) => api.removeContribution(contributionId),
    () => setRemoving(null),
  );
  return (
    <Stack gap="md">
      {review.contributions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('evaluation.contributions.none')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {review.contributions.map((c) =>
            editing === c.id ? (
              <li key={c.id}>
                <ContributionForm
                  review={review}
                  ikey={ikey}
                  contribution={c}
                  onDone={() => setEditing(null)}
                />
              </li>
            ) : (
              <Paper key={c.id} component="li" withBorder radius="md" p="sm" data-testid="contribution">
                <Stack gap="xs">
                  <Group justify="space-between" gap="xs" align="flex-start">
                    <Stack gap={0}>
                      <Text fw={700} size="sm">
                        {c.author_name ?? t('evaluation.contributions.unknown_author')}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(c.updated_at)}
                      </Text>
                    </Stack>
                    {c.can_edit && review.editable && (
                      <Group gap={4}>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<IconPencil size={14} aria-hidden />}
                          onClick={() => setEditing(c.id)}
                        >
                          {t('evaluation.contributions.edit')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          leftSection={<IconTrash size={14} aria-hidden />}
                          onClick={() => {
                            remove.reset();
                            setRemoving(c);
                          }}
                        >
                          {t('evaluation.contributions.remove')}
                        </Button>
                      </Group>
                    )}
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <Said icon="well" label={t('evaluation.contributions.went_well')} text={c.went_well} />
                    <Said icon="wrong" label={t('evaluation.contributions.went_wrong')} text={c.went_wrong} />
                  </SimpleGrid>
                </Stack>
              </Paper>
            ),
          )}
        </Stack>
      )}
      {review.editable && editing === null && <ContributionForm review={review} ikey={ikey} />}
      <ConfirmModal
        opened={removing !== null}
        title={t('evaluation.contributions.remove_title')}
        confirmLabel={t('evaluation.contributions.remove')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing.id)}
        onClose={() => setRemoving(null)}
      >
        {t('evaluation.contributions.remove_intro')}
      </ConfirmModal>
    </Stack>
  );
}

function Said({ icon, label, text }: { icon: 'well' | 'wrong'; label: string; text: string }) {
  const { t } = useTranslation();
  const Icon = icon === 'well' ? IconMoodSmile : IconMoodSad;
  return (
    <Stack gap={2}>
      <Group gap={4} wrap="nowrap">
        <Icon
          size={16}
          aria-hidden
          color={`var(--mantine-color-${icon === 'well' ? 'green' : 'orange'}-8)`}
        />
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          {label}
        </Text>
      </Group>
      <Text
        size="sm"
        style={{ whiteSpace: 'pre-wrap' }}
        className="break-anywhere"
        c={text ? undefined : 'dimmed'}
      >
        {text || t('evaluation.contributions.nothing')}
      </Text>
    </Stack>
  );
}

function ContributionForm({
  review,
  ikey,
  contribution,
  onDone,
}: {
  review: Review;
  ikey: string;
  contribution?: Contribution;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const [well, setWell] = useState(contribution?.went_well ?? '');
  const [wrong, setWrong] = useState(contribution?.went_wrong ?? '');
  const [empty, setEmpty] = useState(false);
  const save = useReviewChange<void>(
    ikey,
    review.incident.id,
    (api) => {
      const body = { went_well: well.trim(), went_wrong: wrong.trim() };
      return contribution ? api.editContribution(contribution.id, body) : api.addContribution(body);
    },
    () => {
      setWell('');
      setWrong('');
      onDone?.();
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!well.trim() && !wrong.trim()) {
      setEmpty(true);
      return;
    }
    save.mutate();
  };
  const label = contribution
    ? t('evaluation.contributions.edit_title')
    : t('evaluation.contributions.add_title');
  return (
    <Paper withBorder radius="md" p="sm" bg={contribution ? undefined : 'gray.0'}>
      <form onSubmit={submit} noValidate aria-label={label}>
        <Stack gap="xs">
          <Title order={3} fz="sm">
            {label}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Textarea
              label={t('evaluation.contributions.went_well')}
              description={t('evaluation.contributions.went_well_hint')}
              autosize
              minRows={3}
              maxRows={10}
              value={well}
              onChange={(e) => {
                setWell(e.currentTarget.value);
                setEmpty(false);
              }}
              error={empty ? t('evaluation.contributions.empty') : fieldError(save.error, 'went_well')}
            />
            <Textarea
              label={t('evaluation.contributions.went_wrong')}
              description={t('evaluation.contributions.went_wrong_hint')}
              autosize
              minRows={3}
              maxRows={10}
              value={wrong}
              onChange={(e) => {
                setWrong(e.currentTarget.value);
                setEmpty(false);
              }}
              error={fieldError(save.error, 'went_wrong')}
            />
          </SimpleGrid>
          <FormAlert error={save.error} fields={['went_well', 'went_wrong']} />
          <Group justify="flex-end" gap="sm">
            {contribution && (
              <Button variant="default" onClick={onDone}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" loading={save.isPending}>
              {contribution ? t('common.save') : t('evaluation.contributions.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
