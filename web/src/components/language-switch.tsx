// The nl/en switch shown before login; after login the account's language decides.
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setUiLanguage, type UiLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('common.language')}
      value={currentLanguage()}
      onChange={(v) => setUiLanguage(v as UiLanguage)}
      data={[
        { value: 'nl', label: 'NL' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
