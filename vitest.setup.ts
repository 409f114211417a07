import { useMessages } from './src/i18n/testing/use-messages';

// `t()` asks the browser for its messages; in unit tests there is none, so it reads our English
// messages.json instead (a test about German switches with useMessages('de')).
useMessages('en');
