// Entry point of the Stormbell web app: styles, language, providers, then the app.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { loadWords } from './i18n';
import { StrictMode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './api/queries';
import { App } from './app';
import { cssVariablesResolver, themeFor } from './theme';

const queryClient = createQueryClient();

/** Mantine with the theme in the current language (it names the dialogs' close buttons). */
function Themed({ children }: { children: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const theme = useMemo(() => themeFor(t('common.close')), [t, i18n.language]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Themed>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </QueryClientProvider>
      </Themed>
    </StrictMode>,
  );
}

// The words of the language shown come first (fetched once more if the first attempt fails): no page ever shows a
// key instead of its words.
void loadWords([])
  .catch(() => loadWords([]))
  .finally(render);
