// Legal duties on the incident page: the assessment (a guided form, then its summary) and every duty it created
// with its live clock. Deadlines counted from awareness move when the awareness time is changed, so it says so.
import { useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck, IconInfoCircle } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IncidentDetail } from '../../api/incidents';
import { useLegal, useLegalChange, type Obligation } from '../../api/legal';
import { FormAlert } from '../form-alert';
import { useNow } from '../messages/use-now';
import { IncidentSection, useBareSections } from '../incidents/incident-section';
import { QueryState } from '../query-state';
import { AssessmentForm } from './assessment-form';
import { AssessmentSummary } from './assessment-summary';
import { byUrgency } from './countdown';
import { legalTime } from './legal-words';
import { NotRequiredModal } from './not-required-modal';
import { ObligationRow } from './obligation-row';
import { SubmissionModal } from './submission-modal';

export function LegalSection({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const legal = useLegal(ikey, incident.id);
  const [editing, setEditing] = useState(false);
  const [notRequired, setNotRequired] = useState<Obligation | null>(null);
  const [submitting, setSubmitting] = useState<Obligation | null>(null);
  const now = useNow();
  const followUp = useLegalChange(ikey, incident.id, (calls, obligationId: string) =>
    calls.followUp(obligationId),
  );
  // In a phone's tabs the awareness time is another tab; in the wide layout it is a section further down.
  const inTabs = useBareSections();
  const canAct = incident.can_act && incident.phase !== 'closed';
  return (
    <IncidentSection id="legal" title={t('legal.section.title')} description={t('legal.section.intro')}>
      <QueryState query={legal} rows={3}>
        {(l) => (
          <Stack gap="md">
            {editing ? (
              <AssessmentForm incident={incident} ikey={ikey} legal={l} onDone={() => setEditing(false)} />
            ) : l.assessment ? (
              <Stack gap="xs">
                <AssessmentSummary legal={l} />
                {canAct && (
                  <Group>
                    <Button variant="default" size="xs" onClick={() => setEditing(true)}>
                      {t('legal.assessment.change')}
                    </Button>
                  </Group>
                )}
              </Stack>
            ) : (
              <Alert
                color={incident.personal_data === 'no' ? 'gray' : 'yellow'}
                variant="light"
                icon={<IconClipboardCheck aria-hidden />}
                title={t('legal.assessment.none_title')}
              >
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">
                    {t(
                      incident.personal_data === 'yes'
                        ? 'legal.assessment.none_personal_data'
                        : 'legal.assessment.none',
                    )}
                  </Text>
                  {canAct && (
                    <Button size="sm" onClick={() => setEditing(true)}>
                      {t('legal.assessment.start')}
                    </Button>
                  )}
                </Stack>
              </Alert>
            )}
            {l.obligations.length > 0 && (
              <>
                <Title order={3} fz="md">
                  {t('legal.section.duties')}
                </Title>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <IconInfoCircle size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                  <Text size="sm" c="dimmed">
                    <Trans
                      i18nKey="legal.section.awareness_note"
                      values={{ when: legalTime(incident.awareness_at) }}
                      components={{
                        // Not <link>: Trans reads that as HTML's empty element. The dimmed sentence's colour would
                        // carry over into the link: it keeps its own.
                        awareness: inTabs ? (
                          <Anchor
                            component={Link}
                            to="?tab=awareness"
                            size="sm"
                            c="var(--mantine-color-anchor)"
                          />
                        ) : (
                          <Anchor href="#awareness" size="sm" c="var(--mantine-color-anchor)" />
                        ),
                      }}
                    />
                  </Text>
                </Group>
                <Stack
                  gap="xs"
                  component="ul"
                  p={0}
                  m={0}
                  style={{ listStyle: 'none' }}
                  aria-label={t('legal.section.duties')}
                >
                  {byUrgency(l.obligations, now).map((o) => (
                    <ObligationRow
                      key={o.id}
                      obligation={o}
                      regulatory={l.regulatory}
                      ikey={ikey}
                      canAct={canAct}
                      onNotRequired={() => setNotRequired(o)}
                      onSubmit={() => setSubmitting(o)}
                      onFollowUp={() => followUp.mutate(o.id)}
                      followingUp={followUp.isPending && followUp.variables === o.id}
                      followsReference={
                        o.follows_id
                          ? (l.obligations.find((x) => x.id === o.follows_id)?.submission?.reference ?? null)
                          : null
                      }
                    />
                  ))}
                </Stack>
              </>
            )}
            <FormAlert error={followUp.error} />
            <NotRequiredModal
              ikey={ikey}
              incidentId={incident.id}
              obligation={notRequired}
              regulatory={l.regulatory}
              onClose={() => setNotRequired(null)}
            />
            <SubmissionModal
              ikey={ikey}
              incidentId={incident.id}
              obligation={submitting}
              regulatory={l.regulatory}
              onClose={() => setSubmitting(null)}
            />
          </Stack>
        )}
      </QueryState>
    </IncidentSection>
  );
}
