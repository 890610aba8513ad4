import { registerTexts } from '../../../i18n/texts';
import en from './en';
import sv from './sv';

// The respondent's texts arrive with the survey pages (RespondPage), never with the start page.
registerTexts('respond', sv, en);
