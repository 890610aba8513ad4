import { registerTexts } from '../../../i18n/texts';
import en from './en';
import sv from './sv';

// The programme pages' texts arrive with their code (see routes.tsx).
registerTexts('programmes', sv, en);
