import i18n from '../../i18n';
import reportEn from './report.en';
import reportSv from './report.sv';

// The report pages' texts arrive with their code (as the console's do, see pages/console/i18n.ts).
i18n.addResourceBundle('sv', 'translation', { report: reportSv }, true, true);
i18n.addResourceBundle('en', 'translation', { report: reportEn }, true, true);
