// Admin: the secret link to the employees' internal update page, to share on the intranet, with a copy button.
import { Anchor, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { QueryState } from '../query-state';
import { Section } from '../section';
import { CopyValue } from './copy-value';

export function InternalLinkSection() {
  const { t } = useTranslation();
  const link = useQuery({
    queryKey: ['pages', 'internal-link'],
    queryFn: () => api.get<{ url: string }>('/internal-page/link'),
  });
  return (
    <Section
      id="internal-link"
      title={t('triage.intake.internal_title')}
      description={t('triage.intake.internal_intro')}
    >
      <QueryState query={link} rows={1}>
        {({ url }) => (
          <>
            <CopyValue value={url} label={t('triage.intake.copy_internal')} testId="internal-link" />
            <Text size="sm">
              <Anchor href={url} target="_blank" rel="noopener">
                {t('triage.intake.open_internal')}{' '}
                <IconExternalLink size={14} aria-hidden style={{ verticalAlign: -2 }} />
              </Anchor>
            </Text>
          </>
        )}
      </QueryState>
    </Section>
  );
}
