// One message of an incident, live: its text, approvals, actions and deliveries. Unknown is "not found".
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useIncident } from '../../api/incidents';
import { useCommunication, useMessage } from '../../api/messages';
import { MessageHeader } from '../../components/messages/message-header';
import { MessageWorkspace } from '../../components/messages/message-workspace';
import { QueryState } from '../../components/query-state';
import { useIncidentEvents } from '../../lib/use-incident-events';
import { NotFoundPage } from '../not-found-page';

const NO_JARGON = { nl: [], en: [] };

export default function MessagePage() {
  const params = useParams();
  const ikey = params.id ?? '';
  const messageId = params.messageId ?? '';
  const incident = useIncident(ikey);
  const id = incident.data?.id;
  const message = useMessage(ikey, id, messageId);
  const communication = useCommunication(ikey, id);
  const missing = [incident.error, message.error].some((e) => e instanceof ApiError && e.status === 404);
  const live = useIncidentEvents(ikey, missing ? undefined : id);
  if (missing) return <NotFoundPage />;
  return (
    <QueryState query={incident} rows={2}>
      {(detail) => (
        <QueryState query={message} rows={8}>
          {(m) => {
            const audience = communication.data?.audiences.find((a) => a.audience_id === m.audience_id);
            return (
              <>
                <MessageHeader incident={detail} ikey={ikey} message={m} live={live} />
                <MessageWorkspace
                  key={m.id}
                  message={m}
                  ikey={ikey}
                  audience={audience}
                  jargon={communication.data?.jargon ?? NO_JARGON}
                  currentFacts={detail.fact_sheet?.version ?? null}
                />
              </>
            );
          }}
        </QueryState>
      )}
    </QueryState>
  );
}
