// A list of action items with their changes (edit, close, reopen) and dialogs; used by the review and the backlog.
import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useActionItemChange, type ActionItem } from '../../api/evaluation';
import { FormAlert } from '../form-alert';
import { ActionItemCard } from './action-item-card';
import { ActionItemModal } from './action-item-modal';
import { CloseItemModal } from './close-item-modal';
import { usePlanNames } from './plan-parts';

interface Props {
  items: ActionItem[];
  /** The incident page's key when shown in its review. */
  ikey?: string;
  showIncident?: boolean;
  /** Whether the reader may read the plan (for the names of the parts items change). */
  readsPlan: boolean;
  label: string;
  /** The plan version the incident ran on (in its review): closing asks for a later one. */
  incidentPlanVersion?: number;
}

export function ActionItemList({ items, ikey, showIncident, readsPlan, label, incidentPlanVersion }: Props) {
  const [editing, setEditing] = useState<ActionItem | null>(null);
  const [closing, setClosing] = useState<ActionItem | null>(null);
  const names = usePlanNames(readsPlan && items.some((i) => i.plan_part !== ''));
  const reopen = useActionItemChange<string>((api, id) => api.reopen(id), undefined, ikey);
  return (
    <>
      <FormAlert error={reopen.error} />
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
        {items.map((item) => (
          <ActionItemCard
            key={item.id}
            item={item}
            showIncident={showIncident}
            names={names}
            canChange
            onEdit={() => setEditing(item)}
            onClose={() => setClosing(item)}
            onReopen={() => reopen.mutate(item.id)}
            reopening={reopen.isPending && reopen.variables === item.id}
          />
        ))}
      </Stack>
      <ActionItemModal
        opened={editing !== null}
        item={editing ?? undefined}
        ikey={ikey}
        onClose={() => setEditing(null)}
      />
      <CloseItemModal
        item={closing}
        ikey={ikey}
        incidentPlanVersion={incidentPlanVersion}
        onClose={() => setClosing(null)}
      />
    </>
  );
}
