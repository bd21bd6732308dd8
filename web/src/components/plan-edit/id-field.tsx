// The id of a plan item: made from the name for a new item; a saved item's id is what other parts refer to.
import { PlanText } from './inputs';
import { useTranslation } from 'react-i18next';

interface Props {
  path: string;
  value: string;
  /** The id is in the saved plan: other parts of the plan (or incidents) may refer to it. */
  saved: boolean;
  onChange: (id: string) => void;
}

export function IdField({ path, value, saved, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <PlanText
      path={path}
      label={t('plan_edit.field.id')}
      description={saved ? t('plan_edit.id.saved_hint') : t('plan_edit.id.new_hint')}
      required
      code
      value={value}
      onChange={onChange}
    />
  );
}
