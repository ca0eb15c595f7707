import type messages from './messages/pl.json';
import type { Locale } from './locales';

// Typed message keys: a `t('…')` with a key missing from pl.json fails `tsc`.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
