// The organisation's own jargon, per language: words readers outside the organisation do not know, with what to
// write instead. The plain-language check flags them in messages, beside its built-in list.
import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { planLanguages, type PlanLanguage } from '@core/plan/enums';
import type { Plan, PlanJargon } from '@core/plan/schema';
import { Section } from '../section';
import { at } from './field-id';
import { RowList } from './row-list';
import { ListRow } from './list-row';
import { PlanText } from './inputs';
import { removeAt, replaceAt } from './list-ops';
import { usePlanEdit } from './plan-edit-context';
import { SectionIntro } from './section-intro';

/** The plan with one language's list replaced; an empty list, and then an empty jargon, is left out. */
function withJargon(plan: Plan, lang: PlanLanguage, list: PlanJargon[]): Plan {
  const { jargon, ...rest } = plan;
  const { [lang]: _, ...others } = jargon ?? {};
  const next = list.length > 0 ? { ...others, [lang]: list } : others;
  return Object.keys(next).length > 0 ? { ...rest, jargon: next } : rest;
}

export function JargonSection() {
  const { t } = useTranslation();
  const { plan, update } = usePlanEdit();
  // The plan's own language first: that is where most of its messages are written.
  const languages = [...planLanguages].sort((a, b) =>
    a === plan.organisation.language ? -1 : b === plan.organisation.language ? 1 : 0,
  );

  return (
    <Stack gap="md">
      <SectionIntro title={t('plan_edit.section.jargon')}>{t('plan_edit.jargon.intro')}</SectionIntro>
      {languages.map((lang) => {
        const list = plan.jargon?.[lang] ?? [];
        const path = at('jargon', lang);
        const set = (next: PlanJargon[]) => update((p) => withJargon(p, lang, next));
        const change = (i: number, item: PlanJargon) => set(replaceAt(list, i, item));
        return (
          <Section key={lang} id={`plan-edit-jargon-${lang}`} title={t(`language.${lang}`)}>
            <RowList
              path={path}
              legend={t('plan_edit.jargon.legend')}
              description={t('plan_edit.jargon.hint')}
              empty={t('plan_edit.jargon.empty')}
              count={list.length}
              addLabel={t('plan_edit.jargon.add')}
              onAdd={() => set([...list, { term: '', plain: '' }])}
            >
              {list.map((item, i) => {
                const at = `${path}.${i}`;
                const title = item.term || t('plan_edit.jargon.title', { n: i + 1 });
                return (
                  <ListRow
                    key={i}
                    path={at}
                    title={title}
                    look="line"
                    shown={['term', 'plain']}
                    onRemove={() => set(removeAt(list, i))}
                  >
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                      <PlanText
                        path={`${at}.term`}
                        label={t('plan_edit.jargon.term')}
                        required
                        value={item.term}
                        onChange={(term) => change(i, { ...item, term })}
                      />
                      <PlanText
                        path={`${at}.plain`}
                        label={t('plan_edit.jargon.plain')}
                        required
                        value={item.plain}
                        onChange={(plain) => change(i, { ...item, plain })}
                      />
                    </SimpleGrid>
                  </ListRow>
                );
              })}
            </RowList>
          </Section>
        );
      })}
    </Stack>
  );
}
