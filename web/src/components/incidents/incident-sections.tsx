// The incident's sections: two columns on wide screens (the work on the left, people and clocks on the right),
// tabs on phones and tablets so the next thing is one tap away.
import { useEffect, useRef, type ReactNode } from 'react';
import { Badge, Grid, ScrollArea, Stack, Tabs } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { IncidentDetail } from '../../api/incidents';
import { useLegal } from '../../api/legal';
import { useCommunication } from '../../api/messages';
import { REVIEW_PHASES, ReviewSection } from '../evaluation/review-section';
import { LegalSection } from '../legal/legal-section';
import { CommunicationSection } from '../messages/communication-section';
import { AwarenessSection } from './awareness-section';
import { DecisionsSection } from './decisions-section';
import { EtaSection } from './eta-section';
import { FactSheetSection } from './fact-sheet-section';
import { BareSections } from './incident-section';
import { RolesSection } from './roles-section';
import { ServicesSection } from './services-section';
import { TasksSection } from './tasks-section';
import { TimelineSection } from './timeline-section';

type Props = { incident: IncidentDetail; ikey: string };

const TABS = [
  'review',
  'tasks',
  'communication',
  'legal',
  'roles',
  'decisions',
  'facts',
  'services',
  'eta',
  'timeline',
  'awareness',
] as const;
type Tab = (typeof TABS)[number];

export function IncidentSections({ incident, ikey }: Props) {
  const wide = useMediaQuery('(min-width: 75em)', true, { getInitialValueInEffect: false });
  const sections: Record<Tab, ReactNode> = {
    review: <ReviewSection incident={incident} ikey={ikey} />,
    tasks: <TasksSection incident={incident} ikey={ikey} />,
    communication: <CommunicationSection incident={incident} ikey={ikey} />,
    legal: <LegalSection incident={incident} ikey={ikey} />,
    roles: <RolesSection incident={incident} ikey={ikey} />,
    decisions: <DecisionsSection incident={incident} ikey={ikey} />,
    facts: <FactSheetSection incident={incident} ikey={ikey} />,
    services: <ServicesSection incident={incident} ikey={ikey} />,
    eta: <EtaSection incident={incident} ikey={ikey} />,
    timeline: <TimelineSection incident={incident} ikey={ikey} />,
    awareness: <AwarenessSection incident={incident} ikey={ikey} />,
  };

  if (wide) {
    return (
      <Grid gap="lg">
        <Grid.Col span={7.5}>
          <Stack gap="lg">
            {/* The review leads once the response is over; during recovery it waits below. */}
            {incident.phase !== 'recovery' && sections.review}
            {sections.communication}
            {sections.legal}
            {sections.tasks}
            {sections.decisions}
            {sections.facts}
            {sections.timeline}
            {incident.phase === 'recovery' && sections.review}
          </Stack>
        </Grid.Col>
        <Grid.Col span={4.5}>
          <Stack gap="lg">
            {sections.roles}
            {sections.eta}
            {sections.services}
            {sections.awareness}
          </Stack>
        </Grid.Col>
      </Grid>
    );
  }

  return <SectionTabs incident={incident} ikey={ikey} sections={sections} />;
}

function SectionTabs({
  incident,
  ikey,
  sections,
}: {
  incident: IncidentDetail;
  ikey: string;
  sections: Record<Tab, ReactNode>;
}) {
  const { t } = useTranslation();
  const communication = useCommunication(ikey, incident.id);
  const overdueUpdates = communication.data?.audiences.filter((a) => a.overdue).length ?? 0;
  const legal = useLegal(ikey, incident.id);
  const overdueDuties = legal.data?.obligations.filter((o) => o.status === 'open' && o.overdue).length ?? 0;
  const [params, setParams] = useSearchParams();
  const list = useRef<HTMLDivElement>(null);
  const asked = params.get('tab');
  // The review's tab from recovery on; in evaluation it is where the page opens.
  const tabs = TABS.filter((x) => x !== 'review' || REVIEW_PHASES.includes(incident.phase));
  const fallback: Tab = incident.phase === 'evaluation' ? 'review' : 'tasks';
  const tab: Tab = (tabs as readonly string[]).includes(asked ?? '') ? (asked as Tab) : fallback;
  const overdue = incident.tasks.filter((x) => x.overdue).length;
  // A tab opened from a link may sit off to the right of a phone's screen: bring it into view.
  useEffect(() => {
    list.current
      ?.querySelector('[aria-selected="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [tab]);
  return (
    <Tabs
      value={tab}
      onChange={(v) => {
        const next = new URLSearchParams(params);
        next.set('tab', v ?? fallback);
        setParams(next, { replace: true });
      }}
      keepMounted={false}
    >
      <ScrollArea type="never" mb="md">
        <Tabs.List style={{ flexWrap: 'nowrap' }} ref={list}>
          {tabs.map((x) => (
            <Tabs.Tab
              key={x}
              value={x}
              rightSection={
                x === 'tasks' ? (
                  <CountBadge count={overdue} label={t('incidents.list.overdue_tasks', { count: overdue })} />
                ) : x === 'communication' ? (
                  <CountBadge
                    count={overdueUpdates}
                    label={t('messages.section.overdue_updates', { count: overdueUpdates })}
                  />
                ) : x === 'legal' ? (
                  <CountBadge
                    count={overdueDuties}
                    label={t('legal.section.overdue', { count: overdueDuties })}
                  />
                ) : undefined
              }
              style={{ whiteSpace: 'nowrap' }}
            >
              {x === 'legal'
                ? t('legal.tab')
                : x === 'review'
                  ? t('evaluation.tab')
                  : t(`incidents.tab.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </ScrollArea>
      <BareSections value>
        {TABS.map((x) => (
          <Tabs.Panel key={x} value={x}>
            {sections[x]}
          </Tabs.Panel>
        ))}
      </BareSections>
    </Tabs>
  );
}

/** A tab's red count of what is overdue; nothing when there is none. */
function CountBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    // A circle holds one digit; the tab's section would squeeze "10" to "1." without max-content.
    <Badge size="xs" color="red" circle={count < 10} miw="max-content" aria-label={label}>
      {count}
    </Badge>
  );
}
