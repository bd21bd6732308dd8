// One duty's notification draft: fields by section to edit, downloads, recording the submission; read-only with
// "submitted on ..., reference ..." once it is the document as sent. Unknown is "not found".
import { useEffect, useState } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useIncident } from '../../api/incidents';
import { useLegal, useObligationDraft, type Obligation } from '../../api/legal';
import { DraftForm } from '../../components/legal/draft-form';
import { DraftHeader } from '../../components/legal/draft-header';
import { SubmissionModal } from '../../components/legal/submission-modal';
import { QueryState } from '../../components/query-state';
import { useIncidentEvents } from '../../lib/use-incident-events';
import { NotFoundPage } from '../not-found-page';

export default function ObligationPage() {
  const { t } = useTranslation();
  const params = useParams();
  const ikey = params.id ?? '';
  const obligationId = params.obligationId ?? '';
  const incident = useIncident(ikey);
  const id = incident.data?.id;
  const legal = useLegal(ikey, id);
  const draft = useObligationDraft(ikey, id, obligationId);
  const [submitting, setSubmitting] = useState<Obligation | null>(null);
  // Opened from far down the incident page: the router keeps the scroll position, the draft starts at its top.
  useEffect(() => window.scrollTo(0, 0), [obligationId]);
  const notFound = [incident.error, draft.error].some((e) => e instanceof ApiError && e.status === 404);
  useIncidentEvents(ikey, notFound ? undefined : id);
  if (notFound) return <NotFoundPage />;
  return (
    <QueryState query={incident} rows={2}>
      {(detail) => (
        <QueryState query={legal} rows={2}>
          {(l) => {
            const o = l.obligations.find((x) => x.id === obligationId);
            if (!o) return <NotFoundPage />;
            return (
              <>
                <DraftHeader
                  incident={detail}
                  ikey={ikey}
                  obligation={o}
                  regulatory={l.regulatory}
                  onSubmit={() => setSubmitting(o)}
                />
                <QueryState query={draft} rows={6}>
                  {(d) =>
                    d.fields.length === 0 ? (
                      <Text c="dimmed">{t('legal.draft.no_fields')}</Text>
                    ) : (
                      <DraftForm
                        key={`${o.id}:${d.frozen}`}
                        draft={d}
                        ikey={ikey}
                        incidentId={detail.id}
                        obligationId={o.id}
                        readOnly={d.frozen || o.status !== 'open' || !detail.can_act}
                      />
                    )
                  }
                </QueryState>
                <SubmissionModal
                  ikey={ikey}
                  incidentId={detail.id}
                  obligation={submitting}
                  regulatory={l.regulatory}
                  onClose={() => setSubmitting(null)}
                />
              </>
            );
          }}
        </QueryState>
      )}
    </QueryState>
  );
}
