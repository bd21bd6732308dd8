// The frame after login: header (brand, organisation, user menu), navigation (a burger menu on phones), content.
import { Suspense, useEffect } from 'react';
import { AppShell, Burger, Container, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useAccount, useSystemInfo } from '../lib/session';
import { Brand } from './brand';
import { MailBanner } from './mail-banner';
import { NavLinks } from './nav-links';
import { PageLoader } from './page-loader';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const account = useAccount();
  const system = useSystemInfo();
  const { pathname } = useLocation();
  const organisation = system.organisation?.name ?? '';

  // On phones the menu closes once a page is chosen.
  useEffect(close, [pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.close_menu') : t('nav.open_menu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Brand />
            <Text c="dimmed" size="sm" truncate visibleFrom="xs" aria-label={t('nav.organisation')} maw={320}>
              {organisation}
            </Text>
          </Group>
          <UserMenu account={account} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-navigation" component="nav" aria-label={t('nav.label')}>
        <Text hiddenFrom="xs" fw={600} size="sm" px="sm" pb="sm" truncate>
          {organisation}
        </Text>
        <NavLinks isAdmin={account.access_level === 'admin'} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Container size="lg" px={0} id="main" tabIndex={-1} style={{ outline: 'none' }}>
          {account.access_level === 'admin' && system.mail_mode === 'viewer' && <MailBanner />}
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
