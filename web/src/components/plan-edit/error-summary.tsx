// Every problem of the plan at the top of the editor, each a link that opens its section and focuses its field.
import { useState, type Ref } from 'react';
import { Alert, Anchor, Button, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldId } from './field-id';
import type { Problem } from './plan-edit-context';
import { EDIT_BASE, routeOf } from './sections';

const SHOWN = 8;

interface Props {
  problems: readonly Problem[];
  onGo: (path: string) => void;
  ref?: Ref<HTMLDivElement>;
}

export function ErrorSummary({ problems, onGo, ref }: Props) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (problems.length === 0) return null;
  const shown = all ? problems : problems.slice(0, SHOWN);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={t('plan_edit.summary.title', { count: problems.length })}
    >
      <Text size="sm" mb={6}>
        {t('plan_edit.summary.intro')}
      </Text>
      <List size="sm" spacing={4}>
        {shown.map((p) => (
          <List.Item key={`${p.path}|${p.message}`}>
            <Anchor
              href={`${EDIT_BASE}/${routeOf(p.path)}#${fieldId(p.path)}`}
              size="sm"
              className="break-anywhere"
              onClick={(e) => {
                e.preventDefault();
                onGo(p.path);
              }}
            >
              {p.message}
            </Anchor>
          </List.Item>
        ))}
      </List>
      {problems.length > SHOWN && (
        <Button variant="subtle" size="compact-sm" mt={6} onClick={() => setAll((a) => !a)}>
          {all ? t('plan_edit.summary.fewer') : t('plan_edit.summary.all', { count: problems.length })}
        </Button>
      )}
    </Alert>
  );
}
