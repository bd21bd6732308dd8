// The plan's external contacts (insurer, counsel, forensics, hosting, police, regulator, CSIRT), with how to reach them.
import { Badge, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plan';
import { Section } from '../section';
import { ContactLinks } from './contact-links';

export function ContactsSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <Section id="contacts" title={t('plan.contacts.title')} description={t('plan.contacts.intro')}>
      {plan.contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plan.contacts.empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {plan.contacts.map((c) => (
            <Card key={c.id} withBorder padding="md">
              <Stack gap={6}>
                <Badge variant="light" size="sm" tt="none" style={{ alignSelf: 'flex-start' }}>
                  {t(`plan.contact_kind.${c.kind}`)}
                </Badge>
                <Text fw={600} className="break-anywhere">
                  {c.organisation}
                </Text>
                {c.name && <Text size="sm">{c.name}</Text>}
                <ContactLinks phone={c.phone} email={c.email} />
                {c.notes && (
                  <Text size="sm" c="dimmed">
                    {c.notes}
                  </Text>
                )}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Section>
  );
}
