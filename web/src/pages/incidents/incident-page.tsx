// One incident, live: header, phase bar with the next step, and every section; unknown or not-yours is "not found".
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useIncident } from '../../api/incidents';
import { IncidentInjects } from '../../components/exercises/incident-injects';
import { IncidentHeader } from '../../components/incidents/incident-header';
import { IncidentSections } from '../../components/incidents/incident-sections';
import { PhaseBar } from '../../components/incidents/phase-bar';
import { QueryState } from '../../components/query-state';
import { useIncidentEvents } from '../../lib/use-incident-events';
import { NotFoundPage } from '../not-found-page';

export default function IncidentPage() {
  const ikey = useParams().id ?? '';
  const incident = useIncident(ikey);
  // A restricted incident outside one's team answers 404 like one that does not exist: the same page for both.
  const notFound = incident.error instanceof ApiError && incident.error.status === 404;
  const live = useIncidentEvents(ikey, notFound ? undefined : incident.data?.id);
  if (notFound) return <NotFoundPage />;
  return (
    <QueryState query={incident} rows={8}>
      {(detail) => (
        <>
          <IncidentHeader incident={detail} ikey={ikey} live={live} />
          <PhaseBar incident={detail} ikey={ikey} />
          {/* An exercise's injects arrive here live (issue 9). */}
          {detail.exercise && <IncidentInjects incident={detail} ikey={ikey} />}
          <IncidentSections incident={detail} ikey={ikey} />
        </>
      )}
    </QueryState>
  );
}
