import { registerTexts } from '../../../i18n/texts';
import en from './en';
import sv from './sv';

// The console's texts arrive with the console's code (see routes.tsx); DemoData on the start page loads them too.
registerTexts('console', sv, en);
