// Whether the authority was notified or the people were informed, as a coloured word in the breach register.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Status = 'yes' | 'no' | 'not_required' | 'pending';
const COLOR: Record<Status, string> = { yes: 'green', no: 'gray', not_required: 'gray', pending: 'orange' };

export function RegisterStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" tt="none">
      {t(`legal.register.status.${status}`)}
    </Badge>
  );
}
