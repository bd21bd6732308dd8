// EXERCISE / OEFENING above an exercise's message, in the incident page's own exercise banner: nothing leaves.
import { useTranslation } from 'react-i18next';
import { ExerciseBanner } from '../exercise-banner';

export function ExerciseNotice() {
  const { t } = useTranslation();
  return <ExerciseBanner title={t('messages.exercise.title')}>{t('messages.exercise.body')}</ExerciseBanner>;
}
