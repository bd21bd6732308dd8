// The assessment as a guided form for the privacy officer and the incident commander: GDPR for everyone, NIS2 and
// DORA only when the plan says the organisation falls under them; what the answers call for shows as they go.
import { useState, type FormEvent } from 'react';
import { Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLegalChange, type Assessment, type Legal } from '../../api/legal';
import type { IncidentDetail } from '../../api/incidents';
import { FormAlert } from '../form-alert';
import { FormButtons } from '../form-buttons';
import { AssessmentPreview } from './assessment-preview';
import { checkAssessment, emptyAssessment, pathError } from './assessment-values';
import { DoraQuestions } from './dora-questions';
import { GdprQuestions } from './gdpr-questions';
import { Nis2Questions } from './nis2-questions';

// Fields the questions show the server's errors under; the alert lists only the others.
const SHOWN_FIELDS = [
  'personal_data',
  'subjects_min',
  'subjects_max',
  'records',
  'consequences',
  'risk',
  'reasoning',
  'significant',
  'major',
  'classified_at',
  'change_reason',
];

interface Props {
  incident: IncidentDetail;
  ikey: string;
  legal: Legal;
  onDone: () => void;
}

export function AssessmentForm({ incident, ikey, legal, onDone }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState<Assessment>(
    () => legal.assessment ?? emptyAssessment(incident.personal_data),
  );
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [changeReason, setChangeReason] = useState('');
  const save = useLegalChange<Assessment>(
    ikey,
    incident.id,
    (api, a) => api.assess({ ...a, ...(changeReason.trim() ? { change_reason: changeReason.trim() } : {}) }),
    onDone,
  );
  // Moving the classification time moves the DORA clocks: that needs a reason on record.
  const before = legal.assessment?.dora.classified_at ?? null;
  const moved =
    before !== null &&
    value.dora.classified_at !== null &&
    Date.parse(before) !== Date.parse(value.dora.classified_at);
  const entity = legal.regulatory.nis2_entity;

  const patch =
    <S extends keyof Assessment>(section: S) =>
    (p: Partial<Assessment[S]>) => {
      setValue((v) => ({ ...v, [section]: { ...v[section], ...p } }));
      setProblems({});
    };
  const error = (path: string) => (problems[path] ? t(problems[path]) : pathError(save.error, path));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = checkAssessment(value);
    if (moved && !changeReason.trim()) found.change_reason = 'legal.assessment.check.change_reason';
    setProblems(found);
    if (Object.keys(found).length === 0) save.mutate(value);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('legal.assessment.form_label')}>
      <Stack gap="xl">
        <GdprQuestions value={value.gdpr} onChange={patch('gdpr')} error={error} />
        {entity !== 'none' && (
          <>
            <Divider />
            <Nis2Questions value={value.nis2} entity={entity} onChange={patch('nis2')} error={error} />
          </>
        )}
        {legal.regulatory.dora_financial_entity && (
          <>
            <Divider />
            <DoraQuestions
              value={value.dora}
              onChange={patch('dora')}
              error={error}
              moved={moved}
              changeReason={changeReason}
              onChangeReason={(r) => {
                setChangeReason(r);
                setProblems({});
              }}
            />
          </>
        )}
        <AssessmentPreview value={value} regulatory={legal.regulatory} />
        <FormAlert error={save.error} fields={SHOWN_FIELDS} />
        <FormButtons onCancel={onDone} submitLabel={t('legal.assessment.save')} loading={save.isPending} />
      </Stack>
    </form>
  );
}
