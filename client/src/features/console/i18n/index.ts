import i18n from '../../../i18n';
import consoleEn from './en';
import consoleSv from './sv';

// The console's texts arrive with the console's code: the start page and the respondents' pages
// never download them. Loaded (for this side effect) with each console page (routes.tsx) and by DemoData on the start page.
i18n.addResourceBundle('sv', 'translation', { console: consoleSv }, true, true);
i18n.addResourceBundle('en', 'translation', { console: consoleEn }, true, true);
