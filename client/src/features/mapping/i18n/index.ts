import { registerTexts } from '../../../i18n/texts';
import en from './en';
import sv from './sv';

// The mapping's texts arrive with its pages (see routes.tsx).
registerTexts('mapping', sv, en);
