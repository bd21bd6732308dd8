// Writing a new message for an incident: audience (from ?audience=), template, text, then save or submit.
import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useIncident } from '../../api/incidents';
import { useCommunication } from '../../api/messages';
import { MessageHeader } from '../../components/messages/message-header';
import { NewMessageForm } from '../../components/messages/new-message-form';
import { QueryState } from '../../components/query-state';
import { NotFoundPage } from '../not-found-page';

export default function MessageNewPage() {
  const { t } = useTranslation();
  const ikey = useParams().id ?? '';
  const [params, setParams] = useSearchParams();
  const incident = useIncident(ikey);
  const communication = useCommunication(ikey, incident.data?.id);
  if (incident.error instanceof ApiError && incident.error.status === 404) return <NotFoundPage />;
  const audienceId = params.get('audience');
  return (
    <QueryState query={incident} rows={2}>
      {(detail) => (
        <QueryState query={communication} rows={6}>
          {(c) => (
            <>
              <MessageHeader
                incident={detail}
                ikey={ikey}
                message={null}
                audienceName={c.audiences.find((a) => a.audience_id === audienceId)?.name}
              />
              {detail.can_act ? (
                <NewMessageForm
                  ikey={ikey}
                  incidentId={detail.id}
                  communication={c}
                  audienceId={audienceId}
                  onAudience={(a) => setParams({ audience: a }, { replace: true })}
                />
              ) : (
                <Alert color="gray" icon={<IconLock aria-hidden />}>
                  {t('messages.new.not_allowed')}
                </Alert>
              )}
            </>
          )}
        </QueryState>
      )}
    </QueryState>
  );
}
