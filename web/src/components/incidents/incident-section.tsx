// A section of the incident page: a bordered block in the wide two-column layout, plain inside a phone's tab
// (where a border and padding would only take width from the content).
import { createContext, useContext, type ReactNode } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { Section } from '../section';

const BareContext = createContext(false);
export const BareSections = BareContext.Provider;
export const useBareSections = () => useContext(BareContext);

interface Props {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

export function IncidentSection({ id, title, description, children }: Props) {
  const bare = useBareSections();
  if (!bare)
    return (
      <Section id={id} title={title} description={description}>
        {children}
      </Section>
    );
  return (
    <Stack component="section" id={id} aria-labelledby={`${id}-heading`} gap="md">
      <Stack gap={4}>
        <Title order={2} fz="lg" id={`${id}-heading`}>
          {title}
        </Title>
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
      </Stack>
      {children}
    </Stack>
  );
}
