// The breach register (GDPR art. 33(5)): every personal-data breach, notified or not, with its facts, effects,
// remedy and decisions, each read whole; a CSV download for the privacy officer's records and the authority.
import { Button, Card, EmptyState, Stack } from '@mantine/core';
import { IconBook2, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { BREACH_REGISTER_CSV, useBreachRegister } from '../../api/legal';
import { RegisterEntry } from '../../components/legal/register-entry';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';

export default function BreachRegisterPage() {
  const { t } = useTranslation();
  const register = useBreachRegister();
  return (
    <>
      <PageHeader
        title={t('legal.register.title')}
        description={t('legal.register.intro')}
        actions={
          <Button
            component="a"
            href={BREACH_REGISTER_CSV}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('legal.register.csv')}
          </Button>
        }
      />
      <QueryState query={register} rows={4}>
        {(rows) =>
          rows.length === 0 ? (
            <Card withBorder padding="xl">
              <EmptyState
                icon={<IconBook2 size={32} aria-hidden />}
                title={t('legal.register.none')}
                description={t('legal.register.none_hint')}
              />
            </Card>
          ) : (
            <Stack
              gap="md"
              component="ul"
              p={0}
              m={0}
              maw={1100}
              style={{ listStyle: 'none' }}
              aria-label={t('legal.register.title')}
            >
              {rows.map((r) => (
                <RegisterEntry key={r.incident_id} item={r} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
