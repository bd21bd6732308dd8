// The problems in a YAML text as a list under the editor; each with a line number jumps to its place.
import { Alert, List, Text, UnstyledButton } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { YamlProblem } from './yaml-editor';

interface Props {
  problems: YamlProblem[];
  title: string;
  onJump: (line: number, column?: number) => void;
}

export function YamlProblems({ problems, title, onJump }: Props) {
  const { t } = useTranslation();
  if (problems.length === 0) {
    return (
      <Text size="sm" c="green.8" role="status">
        <IconCircleCheck size={16} aria-hidden style={{ verticalAlign: -3, marginRight: 6 }} />
        {t('plan.yaml.no_problems')}
      </Text>
    );
  }
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title} role="alert">
      <List size="sm" spacing={6} listStyleType="none">
        {problems.map((p, i) => (
          <List.Item key={i}>
            {p.line !== undefined ? (
              <UnstyledButton
                onClick={() => onJump(p.line!, p.column)}
                style={{ textAlign: 'left', fontSize: 'inherit' }}
              >
                <Text span size="sm" fw={700} c="red.9" td="underline">
                  {t('plan.yaml.at_line', { line: p.line, column: p.column ?? 1 })}
                </Text>{' '}
                <Text span size="sm">
                  {p.message}
                </Text>
              </UnstyledButton>
            ) : (
              p.message
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
