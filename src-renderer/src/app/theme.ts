import { createTheme } from '@mui/material/styles';
import { deDE, enUS } from '@mui/material/locale';
import type { Language } from '../i18n';

// Local system fonts only (no web fonts: the CSP allows no remote origin).
const FONT_STACK = '"Segoe UI", Roboto, Arial, sans-serif';
// A dark blue that keeps AA contrast (> 7:1) on white; used for text, buttons and the focus ring.
const PRIMARY = '#0b4f8a';
const FOCUS_RING = { outline: `3px solid ${PRIMARY}`, outlineOffset: '2px' };

// People who asked their system for less motion get none (dialogs, menus and ripples appear at once).
const reduceMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function createAppTheme(language: Language) {
  return createTheme(
    {
      ...(reduceMotion() ? { transitions: { create: () => 'none' } } : {}),
      palette: {
        primary: { main: PRIMARY },
        secondary: { main: '#6a1b9a' },
        error: { main: '#b3261e' },
        success: { main: '#1b5e20' },
        // MUI's default orange and light blue fail AA contrast with white text; these pass (> 4.5:1).
        warning: { main: '#8a4500' },
        info: { main: '#01579b' },
        background: { default: '#f4f6f8' },
        text: { secondary: 'rgba(0, 0, 0, 0.7)' },
      },
      typography: { fontFamily: FONT_STACK },
      components: {
        MuiButtonBase: { styleOverrides: { root: { '&.Mui-focusVisible': FOCUS_RING } } },
        MuiLink: { styleOverrides: { root: { '&:focus-visible': FOCUS_RING } } },
        MuiCssBaseline: { styleOverrides: { 'a:focus-visible, [tabindex="-1"]:focus-visible': FOCUS_RING } },
      },
    },
    language === 'de' ? deDE : enUS,
  );
}
