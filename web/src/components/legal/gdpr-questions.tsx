// The GDPR part of the assessment: were personal data involved, which and how many, what happened to them, and
// how great the risk to the people is. The follow-up questions appear once personal data are involved.
import { Box, Checkbox, Fieldset, Input, NumberInput, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ANSWERS, DATA_CATEGORIES, ENCRYPTIONS, RISKS, type Assessment } from '../../api/legal';
import { ChoiceRadio } from './choice-radio';
import { CriteriaChecks } from './criteria-checks';
import { countValue } from './assessment-values';
import { Legend } from './legend';

type Gdpr = Assessment['gdpr'];

interface Props {
  value: Gdpr;
  onChange: (patch: Partial<Gdpr>) => void;
  error: (path: string) => string | undefined;
}

export function GdprQuestions({ value: g, onChange, error }: Props) {
  const { t } = useTranslation();
  const count = (field: 'subjects_min' | 'subjects_max' | 'records', description = true) => (
    <NumberInput
      label={t(`legal.assessment.gdpr.${field}`)}
      description={description ? t(`legal.assessment.gdpr.${field}_help`) : undefined}
      value={g[field] ?? ''}
      onChange={(v) => onChange({ [field]: countValue(v) })}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator={t('legal.assessment.thousands')}
      decimalSeparator={t('legal.assessment.decimals')}
      error={error(`gdpr.${field}`)}
    />
  );
  return (
    <Fieldset legend={<Legend>{t('legal.assessment.gdpr.legend')}</Legend>} variant="unstyled">
      <Stack gap="lg">
        <ChoiceRadio
          label={t('legal.assessment.gdpr.personal_data')}
          description={t('legal.assessment.gdpr.personal_data_help')}
          values={ANSWERS}
          value={g.personal_data}
          onChange={(personal_data) => onChange({ personal_data })}
          optionLabel={(v) => t(`legal.answer.${v}`)}
          error={error('gdpr.personal_data')}
        />
        {g.personal_data === 'yes' && (
          <>
            <CriteriaChecks
              label={t('legal.assessment.gdpr.categories')}
              description={t('legal.assessment.gdpr.categories_help')}
              values={DATA_CATEGORIES}
              value={g.categories}
              onChange={(categories) => onChange({ categories })}
              optionLabel={(v) => t(`legal.category.${v}`)}
              optionDescription={(v) => t(`legal.category_help.${v}`)}
            />
            <Fieldset
              variant="unstyled"
              legend={
                // Set like the other questions' labels, as a group's legend.
                <Stack gap={0}>
                  <Input.Label labelElement="div">{t('legal.assessment.gdpr.people')}</Input.Label>
                  <Input.Description>{t('legal.assessment.gdpr.people_help')}</Input.Description>
                </Stack>
              }
            >
              <SimpleGrid cols={2} spacing="md" mt="xs" maw={420}>
                {count('subjects_min', false)}
                {count('subjects_max', false)}
              </SimpleGrid>
            </Fieldset>
            <Box maw={204}>{count('records')}</Box>
            <ChoiceRadio
              label={t('legal.assessment.gdpr.encrypted')}
              description={t('legal.assessment.gdpr.encrypted_help')}
              values={ENCRYPTIONS}
              value={g.encrypted}
              onChange={(encrypted) => onChange({ encrypted })}
              optionLabel={(v) => t(`legal.encryption.${v}`)}
            />
            <Checkbox.Group
              label={t('legal.assessment.gdpr.what_happened')}
              description={t('legal.assessment.gdpr.what_happened_help')}
              value={(['confidentiality', 'integrity', 'availability'] as const).filter((k) => g[k])}
              onChange={(picked) =>
                onChange({
                  confidentiality: picked.includes('confidentiality'),
                  integrity: picked.includes('integrity'),
                  availability: picked.includes('availability'),
                })
              }
            >
              <Stack gap="xs" mt="xs">
                {(['confidentiality', 'integrity', 'availability'] as const).map((k) => (
                  <Checkbox
                    key={k}
                    value={k}
                    label={t(`legal.assessment.gdpr.${k}`)}
                    description={t(`legal.assessment.gdpr.${k}_help`)}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Textarea
              label={t('legal.assessment.gdpr.consequences')}
              description={t('legal.assessment.gdpr.consequences_help')}
              autosize
              minRows={2}
              maxRows={8}
              value={g.consequences ?? ''}
              onChange={(e) => onChange({ consequences: e.currentTarget.value })}
              error={error('gdpr.consequences')}
            />
            <ChoiceRadio
              label={t('legal.assessment.gdpr.risk')}
              description={t('legal.assessment.gdpr.risk_help')}
              values={RISKS}
              value={g.risk}
              onChange={(risk) => onChange({ risk })}
              optionLabel={(v) => t(`legal.risk.${v}`)}
              optionDescription={(v) => t(`legal.risk_help.${v}`)}
              error={error('gdpr.risk')}
            />
            <Textarea
              label={t('legal.assessment.gdpr.reasoning')}
              description={t(
                g.risk === 'none'
                  ? 'legal.assessment.gdpr.reasoning_help_none'
                  : 'legal.assessment.gdpr.reasoning_help',
              )}
              required={g.risk === 'none'}
              autosize
              minRows={2}
              maxRows={8}
              value={g.reasoning ?? ''}
              onChange={(e) => onChange({ reasoning: e.currentTarget.value })}
              error={error('gdpr.reasoning')}
            />
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
