// The NIS2 part of the assessment, for essential and important entities only: is the incident "significant" in
// the sense of Art. 23(3), explained in plain words, and the two things the early warning must say.
import { Fieldset, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ANSWERS, NIS2_CRITERIA, type Assessment } from '../../api/legal';
import { ChoiceRadio } from './choice-radio';
import { CriteriaChecks } from './criteria-checks';
import { Legend } from './legend';

type Nis2 = Assessment['nis2'];

interface Props {
  value: Nis2;
  entity: 'essential' | 'important';
  onChange: (patch: Partial<Nis2>) => void;
  error: (path: string) => string | undefined;
}

export function Nis2Questions({ value: n, entity, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={<Legend>{t('legal.assessment.nis2.legend')}</Legend>} variant="unstyled">
      <Stack gap="lg">
        <Text size="sm">{t('legal.assessment.nis2.intro', { entity: t(`legal.entity.${entity}`) })}</Text>
        <CriteriaChecks
          label={t('legal.assessment.nis2.criteria')}
          description={t('legal.assessment.nis2.criteria_help')}
          values={NIS2_CRITERIA}
          value={n.criteria}
          onChange={(criteria) => onChange({ criteria })}
          optionLabel={(v) => t(`legal.nis2_criterion.${v}`)}
          optionDescription={(v) => t(`legal.nis2_criterion_help.${v}`)}
        />
        <ChoiceRadio
          label={t('legal.assessment.nis2.significant')}
          description={t('legal.assessment.nis2.significant_help')}
          values={ANSWERS}
          value={n.significant}
          onChange={(significant) => onChange({ significant })}
          optionLabel={(v) => t(`legal.answer.${v}`)}
          error={error('nis2.significant')}
        />
        <ChoiceRadio
          label={t('legal.assessment.nis2.malicious')}
          description={t('legal.assessment.nis2.malicious_help')}
          values={ANSWERS}
          value={n.malicious}
          onChange={(malicious) => onChange({ malicious })}
          optionLabel={(v) => t(`legal.answer.${v}`)}
        />
        <ChoiceRadio
          label={t('legal.assessment.nis2.cross_border')}
          description={t('legal.assessment.nis2.cross_border_help')}
          values={ANSWERS}
          value={n.cross_border}
          onChange={(cross_border) => onChange({ cross_border })}
          optionLabel={(v) => t(`legal.answer.${v}`)}
        />
        <Textarea
          label={t('legal.assessment.nis2.reasoning')}
          description={t('legal.assessment.nis2.reasoning_help')}
          autosize
          minRows={2}
          maxRows={8}
          value={n.reasoning ?? ''}
          onChange={(e) => onChange({ reasoning: e.currentTarget.value })}
          error={error('nis2.reasoning')}
        />
      </Stack>
    </Fieldset>
  );
}
