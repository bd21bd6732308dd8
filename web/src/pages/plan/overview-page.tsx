// The response plan as a team member reads it: its state (version, review, contact check), then every section.
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePlan, type PlanCurrent } from '../../api/plan';
import { PageHeader } from '../../components/page-header';
import { AudiencesSection } from '../../components/plan/audiences-section';
import { ContactsSection } from '../../components/plan/contacts-section';
import { PlanActions } from '../../components/plan/plan-actions';
import { PlanContents } from '../../components/plan/plan-contents';
import { indexPlan } from '../../components/plan/plan-index';
import { PlanStatus } from '../../components/plan/plan-status';
import { RegulatorySection } from '../../components/plan/regulatory-section';
import { ReviewStatus } from '../../components/plan/review-status';
import { ScenariosSection } from '../../components/plan/scenarios-section';
import { ServicesSection } from '../../components/plan/services-section';
import { SeveritiesSection } from '../../components/plan/severities-section';
import { TeamSection } from '../../components/plan/team-section';
import { QueryState } from '../../components/query-state';
import { useIsAdmin } from '../../lib/session';

export default function PlanOverviewPage() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const plan = usePlan();
  return (
    <>
      <PageHeader title={t('plan.title')} description={t('plan.intro')} />
      <PlanActions isAdmin={isAdmin} />
      <QueryState query={plan} rows={8}>
        {(current) => <Overview current={current} isAdmin={isAdmin} />}
      </QueryState>
    </>
  );
}

function Overview({ current, isAdmin }: { current: PlanCurrent; isAdmin: boolean }) {
  const { plan } = current;
  const index = indexPlan(plan);
  return (
    <>
      {isAdmin && current.review.due && <ReviewStatus months={current.review.months_since} />}
      <PlanStatus current={current} isAdmin={isAdmin} />
      <PlanContents />
      <Stack gap="lg">
        <TeamSection plan={plan} index={index} />
        <ContactsSection plan={plan} />
        <SeveritiesSection plan={plan} index={index} />
        <ServicesSection plan={plan} />
        <AudiencesSection plan={plan} index={index} />
        <ScenariosSection plan={plan} index={index} />
        <RegulatorySection plan={plan} index={index} />
      </Stack>
    </>
  );
}
