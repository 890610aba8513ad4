import { registerTexts } from '../../../i18n/texts';
import en from './en';
import sv from './sv';

// The report pages' texts arrive with their code (see routes.tsx).
registerTexts('report', sv, en);
