// Where an audience's chat and webhook messages go: incoming webhooks of Slack, Teams or Mattermost channels, and
// receivers of signed webhooks (the organisation's own systems).
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chatServices, type ChatService, type PlanChat, type PlanWebhook } from '@core/plan/schema';
import { RowList } from './row-list';
import { ListRow } from './list-row';
import { PlanSelect, PlanText } from './inputs';
import { removeAt, replaceAt, withOptional } from './list-ops';

interface Props<T> {
  path: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
}

export function ChatField({ path, items, onChange }: Props<PlanChat>) {
  const { t } = useTranslation();
  const services = chatServices.map((s) => ({ value: s, label: t(`plan_edit.chat.service_name.${s}`) }));
  const change = (i: number, next: PlanChat) => onChange(replaceAt(items, i, next));
  return (
    <RowList
      path={path}
      legend={t('plan_edit.chat.legend')}
      description={t('plan_edit.chat.hint')}
      empty={t('plan_edit.chat.empty')}
      count={items.length}
      addLabel={t('plan_edit.chat.add')}
      onAdd={() => onChange([...items, { service: 'slack', url: '' }])}
    >
      {items.map((chat, i) => {
        const at = `${path}.${i}`;
        const title = t('plan_edit.chat.title', { n: i + 1 });
        return (
          <ListRow
            key={i}
            path={at}
            title={title}
            shown={['service', 'url', 'name']}
            onRemove={() => onChange(removeAt(items, i))}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <PlanSelect
                path={`${at}.service`}
                label={t('plan_edit.chat.service')}
                required
                data={services}
                value={chat.service}
                onChange={(s) => change(i, { ...chat, service: (s ?? 'slack') as ChatService })}
              />
              <PlanText
                path={`${at}.name`}
                label={t('plan_edit.chat.name')}
                placeholder={t('plan_edit.chat.name_placeholder')}
                value={chat.name ?? ''}
                onChange={(v) => change(i, withOptional(chat, 'name', v))}
              />
            </SimpleGrid>
            <PlanText
              path={`${at}.url`}
              label={t('plan_edit.chat.url')}
              description={t(`plan_edit.chat.url_hint.${chat.service}`)}
              type="url"
              required
              code
              value={chat.url}
              onChange={(url) => change(i, { ...chat, url })}
            />
          </ListRow>
        );
      })}
    </RowList>
  );
}

export function WebhooksField({ path, items, onChange }: Props<PlanWebhook>) {
  const { t } = useTranslation();
  const change = (i: number, next: PlanWebhook) => onChange(replaceAt(items, i, next));
  return (
    <RowList
      path={path}
      legend={t('plan_edit.webhooks.legend')}
      description={t('plan_edit.webhooks.hint')}
      empty={t('plan_edit.webhooks.empty')}
      count={items.length}
      addLabel={t('plan_edit.webhooks.add')}
      onAdd={() => onChange([...items, { url: '' }])}
    >
      {items.map((hook, i) => {
        const at = `${path}.${i}`;
        const title = t('plan_edit.webhooks.title', { n: i + 1 });
        return (
          <ListRow
            key={i}
            path={at}
            title={title}
            shown={['url', 'name']}
            onRemove={() => onChange(removeAt(items, i))}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <PlanText
                path={`${at}.url`}
                label={t('plan_edit.webhooks.url')}
                type="url"
                required
                code
                value={hook.url}
                onChange={(url) => change(i, { ...hook, url })}
              />
              <PlanText
                path={`${at}.name`}
                label={t('plan_edit.webhooks.name')}
                placeholder={t('plan_edit.webhooks.name_placeholder')}
                value={hook.name ?? ''}
                onChange={(v) => change(i, withOptional(hook, 'name', v))}
              />
            </SimpleGrid>
          </ListRow>
        );
      })}
    </RowList>
  );
}
