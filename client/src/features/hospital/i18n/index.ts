import { registerTexts } from '../../../i18n/texts';
import en from './en';
import sv from './sv';

// The hospital-level review's texts arrive with its pages (see routes.tsx).
registerTexts('hospital', sv, en);
