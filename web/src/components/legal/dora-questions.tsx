// The DORA part of the assessment, for financial entities only: is the ICT incident "major" (Delegated Regulation
// 2024/1772 art. 8, in plain words) and when was it classified as such (the initial report's clock starts there).
import { useState } from 'react';
import { Fieldset, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ANSWERS, DORA_CRITERIA, type Assessment } from '../../api/legal';
import { fromLocalInput, toLocalInput } from '../incidents/when';
import { ChoiceRadio } from './choice-radio';
import { CriteriaChecks } from './criteria-checks';
import { Legend } from './legend';

type Dora = Assessment['dora'];

interface Props {
  value: Dora;
  onChange: (patch: Partial<Dora>) => void;
  error: (path: string) => string | undefined;
  /** The classification time differs from the one on record: the clocks move, so a reason is asked for. */
  moved: boolean;
  changeReason: string;
  onChangeReason: (reason: string) => void;
}

export function DoraQuestions({ value: d, onChange, error, moved, changeReason, onChangeReason }: Props) {
  const { t } = useTranslation();
  // The input's own text: a half-typed time is not a time yet, and must not wipe what was typed.
  const [when, setWhen] = useState(() => toLocalInput(d.classified_at));
  return (
    <Fieldset legend={<Legend>{t('legal.assessment.dora.legend')}</Legend>} variant="unstyled">
      <Stack gap="lg">
        <Text size="sm">{t('legal.assessment.dora.intro')}</Text>
        <CriteriaChecks
          label={t('legal.assessment.dora.criteria')}
          description={t('legal.assessment.dora.criteria_help')}
          values={DORA_CRITERIA}
          value={d.criteria}
          onChange={(criteria) => onChange({ criteria })}
          optionLabel={(v) => t(`legal.dora_criterion.${v}`)}
          optionDescription={(v) => t(`legal.dora_criterion_help.${v}`)}
        />
        <ChoiceRadio
          label={t('legal.assessment.dora.major')}
          description={t('legal.assessment.dora.major_help')}
          values={ANSWERS}
          value={d.major}
          onChange={(major) => onChange({ major })}
          optionLabel={(v) => t(`legal.answer.${v}`)}
          error={error('dora.major')}
        />
        {d.major === 'yes' && (
          <TextInput
            type="datetime-local"
            label={t('legal.assessment.dora.classified_at')}
            description={t('legal.assessment.dora.classified_at_help')}
            required
            value={when}
            onChange={(e) => {
              setWhen(e.currentTarget.value);
              onChange({ classified_at: fromLocalInput(e.currentTarget.value) ?? null });
            }}
            error={error('dora.classified_at')}
          />
        )}
        {d.major === 'yes' && moved && (
          <Textarea
            label={t('legal.assessment.dora.change_reason')}
            description={t('legal.assessment.dora.change_reason_help')}
            required
            autosize
            minRows={2}
            value={changeReason}
            onChange={(e) => onChangeReason(e.currentTarget.value)}
            error={error('change_reason')}
          />
        )}
        <Textarea
          label={t('legal.assessment.dora.reasoning')}
          description={t('legal.assessment.dora.reasoning_help')}
          autosize
          minRows={2}
          maxRows={8}
          value={d.reasoning ?? ''}
          onChange={(e) => onChange({ reasoning: e.currentTarget.value })}
          error={error('dora.reasoning')}
        />
      </Stack>
    </Fieldset>
  );
}
