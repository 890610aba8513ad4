import { registerTexts } from '../../../i18n/texts';
import en from './en';
import sv from './sv';

// The coverage pages' texts arrive with their code (see routes.tsx).
registerTexts('coverage', sv, en);
