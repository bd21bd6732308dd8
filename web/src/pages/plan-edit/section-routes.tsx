// The editor's sections as routes under /plan/edit: team, roles, ..., scenarios and scenarios/N, jargon, regulatory.
import { Navigate, Route, Routes, useParams } from 'react-router';
import { AudiencesSection } from '../../components/plan-edit/audiences-section';
import { ContactsSection } from '../../components/plan-edit/contacts-section';
import { JargonSection } from '../../components/plan-edit/jargon-section';
import { RegulatorySection } from '../../components/plan-edit/regulatory-section';
import { RolesSection } from '../../components/plan-edit/roles-section';
import { ScenarioEditor } from '../../components/plan-edit/scenario-editor';
import { ScenariosSection } from '../../components/plan-edit/scenarios-section';
import { EDIT_BASE } from '../../components/plan-edit/sections';
import { ServicesSection } from '../../components/plan-edit/services-section';
import { SeveritiesSection } from '../../components/plan-edit/severities-section';
import { TeamSection } from '../../components/plan-edit/team-section';
import { usePlanEdit } from '../../components/plan-edit/plan-edit-context';

export function SectionRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to={`${EDIT_BASE}/team`} replace />} />
      <Route path="team" element={<TeamSection />} />
      <Route path="roles" element={<RolesSection />} />
      <Route path="contacts" element={<ContactsSection />} />
      <Route path="severities" element={<SeveritiesSection />} />
      <Route path="services" element={<ServicesSection />} />
      <Route path="audiences" element={<AudiencesSection />} />
      <Route path="scenarios" element={<ScenariosSection />} />
      <Route path="scenarios/:index" element={<ScenarioRoute />} />
      <Route path="jargon" element={<JargonSection />} />
      <Route path="regulatory" element={<RegulatorySection />} />
      <Route path="*" element={<Navigate to={`${EDIT_BASE}/team`} replace />} />
    </Routes>
  );
}

/** A scenario by its place in the list; one that is not there (removed, or a stale link) goes back to the list. */
function ScenarioRoute() {
  const { plan } = usePlanEdit();
  const index = Number(useParams().index);
  if (!Number.isInteger(index) || !plan.scenarios[index]) {
    return <Navigate to={`${EDIT_BASE}/scenarios`} replace />;
  }
  return <ScenarioEditor key={index} index={index} />;
}
