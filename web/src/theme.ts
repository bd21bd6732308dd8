// Mantine theme: Stormbell's colours, tuned so text and filled buttons meet WCAG AA contrast on white.
import { Alert, createTheme, Modal, Notification, type CSSVariablesResolver } from '@mantine/core';

/** The theme in the reader's language: a dialog's close button (an ×) is named for screen readers. */
export function themeFor(closeLabel: string) {
  return createTheme({ ...theme, components: { ...theme.components, Modal: modalIn(closeLabel) } });
}

const modalIn = (closeLabel?: string) =>
  Modal.extend({
    styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    ...(closeLabel ? { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } } : {}),
  });

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 gives white button text 5.7:1 on indigo and 4.5:1 on red; Mantine's default shade 6 falls short.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  headings: { fontWeight: '650' },
  components: {
    // Alert titles in a light colour on a light tint fall below AA; the icon keeps the colour.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
    Notification: Notification.extend({ styles: { description: { color: 'var(--mantine-color-text)' } } }),
    Modal: modalIn(),
  },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
});

// Mantine's dimmed grey (#868e96, 3.3:1), placeholder and error red (#fa5252, 3.3:1) are too light for AA on white.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#6b7178',
    '--mantine-color-error': '#c92a2a',
  },
  dark: {},
});
