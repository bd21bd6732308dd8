// Who gets an audience's email: a person from the team, an external contact with an email address, or an address
// (a distribution list) with its own name and language.
import { Flex, SegmentedControl, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanLanguage } from '@core/plan/enums';
import type { PlanAudience, PlanRecipient } from '@core/plan/schema';
import { RowList } from './row-list';
import { ListRow } from './list-row';
import { recipientKind, recipientKinds, withKind, type RecipientKind } from './delivery-ops';
import { PlanSelect, PlanText } from './inputs';
import { removeAt, replaceAt, withOptional } from './list-ops';
import { usePlanEdit } from './plan-edit-context';

interface Props {
  path: string;
  audience: PlanAudience;
  onChange: (recipients: PlanRecipient[]) => void;
}

/** The fields each kind shows, for the row to know which problems it must show itself. */
const fieldsOf: Record<RecipientKind, readonly string[]> = {
  person: ['person'],
  contact: ['contact'],
  email: ['email', 'name', 'language'],
};

export function RecipientsField({ path, audience, onChange }: Props) {
  const { t } = useTranslation();
  const { plan } = usePlanEdit();
  const recipients = audience.recipients ?? [];
  const people = plan.people.map((p) => ({ value: p.id, label: p.name || p.id }));
  // Only contacts that can be mailed; one chosen earlier that lost its address still shows (as not usable).
  const contacts = plan.contacts
    .filter((c) => c.email)
    .map((c) => ({ value: c.id, label: c.name ? `${c.organisation} (${c.name})` : c.organisation || c.id }));
  const languages = audience.languages.map((l) => ({ value: l, label: t(`language.${l}`) }));
  const planLanguage = t(`language.${plan.organisation.language}`);
  const kinds = recipientKinds.map((k) => ({ value: k, label: t(`plan_edit.recipients.kind.${k}`) }));
  const change = (i: number, next: PlanRecipient) => onChange(replaceAt(recipients, i, next));

  return (
    <RowList
      path={path}
      legend={t('plan_edit.recipients.legend')}
      description={t('plan_edit.recipients.hint')}
      empty={t('plan_edit.recipients.empty')}
      count={recipients.length}
      addLabel={t('plan_edit.recipients.add')}
      onAdd={() => onChange([...recipients, { person: '' }])}
    >
      {recipients.map((recipient, i) => {
        const at = `${path}.${i}`;
        const kind = recipientKind(recipient);
        const title = t('plan_edit.recipients.title', { n: i + 1 });
        return (
          <ListRow
            key={i}
            path={at}
            title={title}
            look="box"
            shown={fieldsOf[kind]}
            onRemove={() => onChange(removeAt(recipients, i))}
          >
            <Stack gap="xs">
              <Flex
                direction={{ base: 'column', sm: 'row' }}
                gap="xs"
                align={{ base: 'stretch', sm: 'flex-start' }}
              >
                <SegmentedControl
                  size="sm"
                  mt={{ base: 0, sm: 25 }}
                  style={{ alignSelf: 'flex-start' }}
                  aria-label={t('plan_edit.recipients.kind_label', { name: title })}
                  data={kinds}
                  value={kind}
                  onChange={(k) => change(i, withKind(recipient, k as RecipientKind))}
                />
                <div style={{ flex: 1, minWidth: 0 }}>
                  {kind === 'person' && (
                    <PlanSelect
                      path={`${at}.person`}
                      label={t('plan_edit.recipients.person')}
                      required
                      searchable
                      data={people}
                      value={recipient.person || undefined}
                      onChange={(person) => change(i, { person: person ?? '' })}
                    />
                  )}
                  {kind === 'contact' && (
                    <PlanSelect
                      path={`${at}.contact`}
                      label={t('plan_edit.recipients.contact')}
                      description={t('plan_edit.recipients.contact_hint')}
                      required
                      searchable
                      data={contacts}
                      value={recipient.contact || undefined}
                      onChange={(contact) => change(i, { contact: contact ?? '' })}
                    />
                  )}
                  {kind === 'email' && (
                    <PlanText
                      path={`${at}.email`}
                      label={t('plan_edit.field.email')}
                      type="email"
                      required
                      value={recipient.email ?? ''}
                      onChange={(email) => change(i, { ...recipient, email })}
                    />
                  )}
                </div>
              </Flex>
              {kind === 'email' && (
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                  <PlanText
                    path={`${at}.name`}
                    label={t('plan_edit.recipients.name')}
                    placeholder={t('plan_edit.recipients.name_placeholder')}
                    value={recipient.name ?? ''}
                    onChange={(v) => change(i, withOptional(recipient, 'name', v))}
                  />
                  <PlanSelect
                    path={`${at}.language`}
                    label={t('plan_edit.field.language')}
                    placeholder={t('plan_edit.recipients.language_default', { language: planLanguage })}
                    clearable
                    data={languages}
                    value={recipient.language}
                    onChange={(l) =>
                      change(i, withOptional(recipient, 'language', (l ?? '') as PlanLanguage | ''))
                    }
                  />
                </SimpleGrid>
              )}
            </Stack>
          </ListRow>
        );
      })}
    </RowList>
  );
}
