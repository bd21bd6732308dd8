// The status page's components, grouped as the public page shows them, each with its status: responders change a
// status here directly; admins also add, edit and remove groups and components.
import { useState } from 'react';
import { Button, Card, EmptyState, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFolderPlus, IconPencil, IconPlus, IconServer, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  statusApi,
  useStatusChange,
  useStatusComponents,
  type ComponentGroup,
  type StatusComponent,
} from '../../api/status-page';
import { ConfirmModal } from '../../components/confirm-modal';
import { MoreMenu } from '../../components/more-menu';
import { QueryState } from '../../components/query-state';
import { ChangeStatusModal } from '../../components/status-page/change-status-modal';
import { ComponentModal } from '../../components/status-page/component-modal';
import { ComponentRow } from '../../components/status-page/component-row';
import { GroupModal } from '../../components/status-page/group-modal';
import { localName } from '../../components/status-page/status-words';
import { currentLanguage } from '../../i18n';
import { useIsAdmin } from '../../lib/session';

type Editing =
  | { kind: 'component'; component: StatusComponent | null; groupId: string | null }
  | { kind: 'group'; group: ComponentGroup | null }
  | null;
type Removing = { kind: 'component'; item: StatusComponent } | { kind: 'group'; item: ComponentGroup } | null;

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

export default function StatusComponentsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const isAdmin = useIsAdmin();
  const overview = useStatusComponents();
  const [changing, setChanging] = useState<StatusComponent | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Removing>(null);
  const remove = useStatusChange(
    (r: NonNullable<Removing>) =>
      r.kind === 'group' ? statusApi.deleteGroup(r.item.id) : statusApi.deleteComponent(r.item.id),
    () => setRemoving(null),
  );

  return (
    <QueryState query={overview} rows={5}>
      {({ groups, components }) => {
        const sortedGroups = [...groups].sort(byPosition);
        const inGroup = (id: string | null) => components.filter((c) => c.group_id === id).sort(byPosition);
        const loose = components.filter((c) => !c.group_id || !groups.some((g) => g.id === c.group_id));
        const next = (list: { position: number }[]) => Math.max(-1, ...list.map((x) => x.position)) + 1;
        const rows = (list: StatusComponent[]) => (
          <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
            {list.map((c) => (
              <ComponentRow
                key={c.id}
                component={c}
                isAdmin={isAdmin}
                onChangeStatus={() => setChanging(c)}
                onEdit={() => setEditing({ kind: 'component', component: c, groupId: c.group_id })}
                onRemove={() => setRemoving({ kind: 'component', item: c })}
              />
            ))}
          </Stack>
        );
        return (
          <Stack gap="md" maw={960}>
            <Group justify="space-between" gap="sm">
              <Text size="sm" c="dimmed" maw={560}>
                {isAdmin ? t('status.components.intro_admin') : t('status.components.intro')}
              </Text>
              {isAdmin && (
                <Group gap="xs">
                  <Button
                    leftSection={<IconPlus size={16} aria-hidden />}
                    onClick={() => setEditing({ kind: 'component', component: null, groupId: null })}
                  >
                    {t('status.component.add')}
                  </Button>
                  <Button
                    variant="default"
                    leftSection={<IconFolderPlus size={16} aria-hidden />}
                    onClick={() => setEditing({ kind: 'group', group: null })}
                  >
                    {t('status.group.add')}
                  </Button>
                </Group>
              )}
            </Group>
            {components.length === 0 && groups.length === 0 ? (
              <Card withBorder padding="xl">
                <EmptyState
                  icon={<IconServer size={32} aria-hidden />}
                  title={t('status.components.none')}
                  description={isAdmin ? t('status.components.none_admin') : t('status.components.none_hint')}
                />
              </Card>
            ) : (
              <>
                {sortedGroups.map((g) => {
                  const name = localName(g.name, lang);
                  const list = inGroup(g.id);
                  return (
                    <Paper
                      key={g.id}
                      component="section"
                      withBorder
                      radius="md"
                      p={{ base: 'sm', sm: 'md' }}
                      aria-label={name}
                    >
                      <Group justify="space-between" gap="xs" pb="xs" wrap="nowrap">
                        <Title order={2} fz="lg" className="break-anywhere">
                          {name}
                        </Title>
                        {isAdmin && (
                          <MoreMenu label={t('status.group.more', { name })}>
                            <Menu.Item
                              leftSection={<IconPlus size={16} aria-hidden />}
                              onClick={() =>
                                setEditing({ kind: 'component', component: null, groupId: g.id })
                              }
                            >
                              {t('status.group.add_component')}
                            </Menu.Item>
                            <Menu.Item
                              leftSection={<IconPencil size={16} aria-hidden />}
                              onClick={() => setEditing({ kind: 'group', group: g })}
                            >
                              {t('status.group.edit')}
                            </Menu.Item>
                            <Menu.Item
                              color="red"
                              leftSection={<IconTrash size={16} aria-hidden />}
                              onClick={() => setRemoving({ kind: 'group', item: g })}
                            >
                              {t('status.group.remove')}
                            </Menu.Item>
                          </MoreMenu>
                        )}
                      </Group>
                      {list.length > 0 ? (
                        rows(list)
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('status.group.empty')}
                        </Text>
                      )}
                    </Paper>
                  );
                })}
                {loose.length > 0 && (
                  <Paper
                    component="section"
                    withBorder
                    radius="md"
                    p={{ base: 'sm', sm: 'md' }}
                    aria-label={t('status.group.none')}
                  >
                    {groups.length > 0 && (
                      <Title order={2} fz="lg" pb="xs">
                        {t('status.group.none')}
                      </Title>
                    )}
                    {rows(loose.sort(byPosition))}
                  </Paper>
                )}
              </>
            )}
            <ChangeStatusModal component={changing} onClose={() => setChanging(null)} />
            <ComponentModal
              opened={editing?.kind === 'component'}
              component={editing?.kind === 'component' ? editing.component : null}
              groups={sortedGroups}
              groupId={editing?.kind === 'component' ? editing.groupId : null}
              nextPosition={next(
                editing?.kind === 'component' ? components.filter((c) => c.group_id === editing.groupId) : [],
              )}
              onClose={() => setEditing(null)}
            />
            <GroupModal
              opened={editing?.kind === 'group'}
              group={editing?.kind === 'group' ? editing.group : null}
              nextPosition={next(groups)}
              onClose={() => setEditing(null)}
            />
            <ConfirmModal
              opened={removing !== null}
              title={
                removing?.kind === 'group'
                  ? t('status.group.remove_title', { name: localName(removing.item.name, lang) })
                  : t('status.component.remove_title', {
                      name: removing ? localName(removing.item.name, lang) : '',
                    })
              }
              confirmLabel={
                removing?.kind === 'group' ? t('status.group.remove') : t('status.component.remove')
              }
              danger
              loading={remove.isPending}
              error={remove.error}
              onConfirm={() => removing && remove.mutate(removing)}
              onClose={() => {
                remove.reset();
                setRemoving(null);
              }}
            >
              {removing?.kind === 'group' ? t('status.group.remove_body') : t('status.component.remove_body')}
            </ConfirmModal>
          </Stack>
        );
      }}
    </QueryState>
  );
}
