import i18n from '../../../i18n';
import reportEn from './en';
import reportSv from './sv';

// The report pages' texts arrive with their code (as the console's do, see features/console/routes.tsx).
i18n.addResourceBundle('sv', 'translation', { report: reportSv }, true, true);
i18n.addResourceBundle('en', 'translation', { report: reportEn }, true, true);
