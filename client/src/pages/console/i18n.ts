import i18n from '../../i18n';
import consoleEn from '../../i18n/console.en';
import consoleSv from '../../i18n/console.sv';

// The console's texts arrive with the console's code: the start page and the respondents' pages
// never download them. Imported (for this side effect) by ConsoleShell, which wraps every console page.
i18n.addResourceBundle('sv', 'translation', { console: consoleSv }, true, true);
i18n.addResourceBundle('en', 'translation', { console: consoleEn }, true, true);
