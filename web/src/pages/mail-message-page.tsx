// Admin: one kept message, its text and its HTML (rendered in a sandbox that allows nothing: no scripts, no forms).
import { Anchor, Card, Code, DataList, Stack, Tabs } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMailMessage } from '../api/queries';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { formatDateTime } from '../lib/format';

export default function MailMessagePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const mail = useMailMessage(id);

  return (
    <>
      <Anchor
        component={Link}
        to="/admin/mail"
        size="sm"
        mb="sm"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={16} aria-hidden />
        {t('mail.back')}
      </Anchor>
      <QueryState query={mail}>
        {(m) => (
          <>
            <PageHeader title={m.subject || t('mail.no_subject')} />
            <Stack gap="md">
              <Card withBorder>
                <DataList labelWidth={120}>
                  <DataList.Item>
                    <DataList.ItemLabel>{t('mail.recipient')}</DataList.ItemLabel>
                    <DataList.ItemValue className="break-anywhere">{m.recipient}</DataList.ItemValue>
                  </DataList.Item>
                  <DataList.Item>
                    <DataList.ItemLabel>{t('mail.time')}</DataList.ItemLabel>
                    <DataList.ItemValue>{formatDateTime(m.created_at)}</DataList.ItemValue>
                  </DataList.Item>
                  <DataList.Item>
                    <DataList.ItemLabel>{t('mail.message_id')}</DataList.ItemLabel>
                    <DataList.ItemValue className="break-anywhere">
                      <Code>{m.message_id}</Code>
                    </DataList.ItemValue>
                  </DataList.Item>
                </DataList>
              </Card>
              <Tabs defaultValue="html" keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="html">{t('mail.html')}</Tabs.Tab>
                  <Tabs.Tab value="text">{t('mail.text')}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="html" pt="md">
                  <iframe
                    title={t('mail.html_frame', { subject: m.subject })}
                    sandbox=""
                    srcDoc={m.html_body}
                    referrerPolicy="no-referrer"
                    style={{
                      width: '100%',
                      height: 560,
                      border: '1px solid var(--mantine-color-gray-3)',
                      borderRadius: 8,
                      background: '#fff',
                    }}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="text" pt="md">
                  <Card withBorder>
                    <Code block className="pre-wrap" fz="sm" bg="transparent" p={0}>
                      {m.text_body}
                    </Code>
                  </Card>
                </Tabs.Panel>
              </Tabs>
            </Stack>
          </>
        )}
      </QueryState>
    </>
  );
}
