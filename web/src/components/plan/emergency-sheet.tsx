// The emergency sheet's content: who to call per role, the external contacts, and the first steps per scenario.
import { useEffect } from 'react';
import { Anchor, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmergencySheet as Sheet, SheetPerson } from '../../api/plan';
import { formatDateTime } from '../../lib/format';
import './emergency-sheet.css';
import { telHref } from './plan-index';

function Person({ person }: { person: SheetPerson }) {
  return (
    <div>
      <Text size="sm" fw={600} span>
        {person.name}
      </Text>
      {person.phone && (
        <Anchor href={telHref(person.phone)} size="sm" fw={700} ml={8} style={{ whiteSpace: 'nowrap' }}>
          {person.phone}
        </Anchor>
      )}
    </div>
  );
}

export function EmergencySheet({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const roleName = new Map(sheet.roles.map((r) => [r.id, r.name]));
  // Printing leaves out the app around the sheet, but only while this page is open.
  useEffect(() => {
    document.body.classList.add('print-sheet');
    return () => document.body.classList.remove('print-sheet');
  }, []);
  const col = {
    role: t('plan.sheet.role'),
    primary: t('plan.sheet.primary'),
    deputies: t('plan.sheet.deputies'),
  };
  return (
    <Stack gap="lg" className="sheet">
      <Stack gap={2}>
        <Title order={1} fz={{ base: 22, sm: 26 }}>
          {t('plan.sheet.heading', { organisation: sheet.organisation })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('plan.sheet.meta', { version: sheet.version, when: formatDateTime(sheet.generated_at) })}
        </Text>
        <Text size="sm">{t('plan.sheet.purpose')}</Text>
      </Stack>

      <section className="sheet-section">
        <Title order={2} fz="lg" mb="xs">
          {t('plan.sheet.who_to_call')}
        </Title>
        <Table className="sheet-table" withTableBorder withColumnBorders verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{col.role}</Table.Th>
              <Table.Th>{col.primary}</Table.Th>
              <Table.Th>{col.deputies}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sheet.roles.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td fw={700}>{r.name}</Table.Td>
                <Table.Td data-label={col.primary}>
                  {r.primary ? <Person person={r.primary} /> : t('plan.sheet.nobody')}
                </Table.Td>
                <Table.Td data-label={col.deputies}>
                  {r.deputies.length === 0
                    ? t('plan.sheet.nobody')
                    : r.deputies.map((d) => <Person key={d.name} person={d} />)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>

      <section className="sheet-section">
        <Title order={2} fz="lg" mb="xs">
          {t('plan.sheet.external')}
        </Title>
        <Table className="sheet-table" withTableBorder withColumnBorders verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plan.sheet.organisation')}</Table.Th>
              <Table.Th>{t('plan.sheet.phone')}</Table.Th>
              <Table.Th>{t('plan.sheet.email')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sheet.contacts.map((c, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                    {t(`plan.contact_kind.${c.kind}`, { defaultValue: c.kind })}
                  </Text>
                  <Text size="sm" fw={600} className="break-anywhere">
                    {c.organisation}
                  </Text>
                  {c.name && <Text size="sm">{c.name}</Text>}
                </Table.Td>
                <Table.Td data-label={t('plan.sheet.phone')}>
                  {c.phone ? (
                    <Anchor href={telHref(c.phone)} size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                      {c.phone}
                    </Anchor>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td data-label={t('plan.sheet.email')}>
                  <Text size="sm" className="break-anywhere">
                    {c.email ?? '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>

      <section className="sheet-section">
        <Title order={2} fz="lg" mb="xs">
          {t('plan.sheet.first_steps')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md" className="sheet-scenarios">
          {sheet.scenarios.map((s) => (
            <div key={s.id} className="sheet-block">
              <Title order={3} fz="md" mb={4}>
                {s.name}
              </Title>
              <Stack component="ol" gap={4} m={0} pl="lg">
                {s.first_steps.map((step, i) => (
                  <Text component="li" key={i} size="sm">
                    {step.title}{' '}
                    <Text span size="sm" c="dimmed">
                      ({roleName.get(step.owner) ?? step.owner})
                    </Text>
                  </Text>
                ))}
              </Stack>
            </div>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
