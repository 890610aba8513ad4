import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDate, parseTime, type CalendarDate, type Time } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
  Text,
  TimeField as AriaTimeField,
} from 'react-aria-components';
import { isCalendarDate } from '../../../../contract/dates.js';
import './date-field.css';

/*
 * The one way to enter a date (and the visit plan's times): react-aria's date picker, typed
 * segment by segment or chosen in a calendar, each segment a spin button a screen reader names.
 * Dates read year-month-day in both languages (Swedish ÅÅÅÅ-MM-DD; English uses the en-SE locale,
 * which writes them the same way with English month names in the calendar) and times in 24 hours,
 * whatever language the browser speaks: the native date input follows the browser, not the page,
 * and showed mm/dd/yyyy with AM/PM. Values in and out are the API's strings (YYYY-MM-DD, HH:MM).
 * Used by the console and visit pages only (its texts load with the console's); the respondent's
 * pages take no dates and stay without it.
 */

/** The field's locale from the app's language. */
export function fieldLocale(language: string): string {
  return language.startsWith('en') ? 'en-SE' : 'sv-SE';
}

function toDate(value: string): CalendarDate | null {
  return isCalendarDate(value) ? parseDate(value) : null;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function toTime(value: string): Time | null {
  return TIME.test(value) ? parseTime(value) : null;
}

interface CommonProps {
  label: string;
  description?: ReactNode;
  /** A form field name: a Form's validationErrors (the server's) show under the field. */
  name?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  /** A problem found outside the field (a range, the server): shown, and the field marked invalid. */
  errorMessage?: string | null;
  /** 'aria' (default) marks problems as you go; 'native' also stops a RAC Form's submit. */
  validationBehavior?: 'aria' | 'native';
  className?: string;
  id?: string;
  /** Focus left the field (its segments and calendar button): for a form that saves field by field. */
  onBlur?: () => void;
}

export interface DateFieldProps extends CommonProps {
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  onChange: (value: string) => void;
  /** A further check of a complete date, e.g. not before another. */
  validate?: (value: string) => string | null | undefined;
}

export function DateField({
  label,
  description,
  value,
  onChange,
  validate,
  isRequired,
  errorMessage,
  validationBehavior = 'aria',
  className,
  ...props
}: DateFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <I18nProvider locale={fieldLocale(i18n.language)}>
      <DatePicker<CalendarDate>
        {...props}
        className={`field date-field${className ? ` ${className}` : ''}`}
        value={toDate(value)}
        onChange={(date) => onChange(date ? date.toString() : '')}
        isRequired={isRequired}
        isInvalid={errorMessage ? true : undefined}
        validationBehavior={validationBehavior}
        validate={(date) => {
          if (!date) return isRequired ? t('dateField.required') : null;
          return validate?.(date.toString()) ?? null;
        }}
        granularity="day"
      >
        <Label>{label}</Label>
        {description && <Text slot="description">{description}</Text>}
        <Group className="input date-group">
          <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
          <Button className="date-button" aria-label={t('dateField.openCalendar')}>
            <span aria-hidden="true">▦</span>
          </Button>
        </Group>
        <FieldError className="field-error">{errorMessage ?? undefined}</FieldError>
        <Popover className="date-popover">
          <Dialog className="date-dialog" aria-label={label}>
            <Calendar<CalendarDate> className="date-calendar">
              <header className="date-calendar-header">
                <Button slot="previous" className="date-nav">
                  <span aria-hidden="true">‹</span>
                </Button>
                <Heading className="date-calendar-heading" />
                <Button slot="next" className="date-nav">
                  <span aria-hidden="true">›</span>
                </Button>
              </header>
              <CalendarGrid className="date-grid">{(date) => <CalendarCell date={date} className="date-cell" />}</CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}

export interface TimeFieldProps extends CommonProps {
  /** HH:MM (24 hours), or '' for none. */
  value: string;
  onChange: (value: string) => void;
}

export function TimeField({ label, description, value, onChange, isRequired, errorMessage, validationBehavior = 'aria', className, ...props }: TimeFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <I18nProvider locale={fieldLocale(i18n.language)}>
      <AriaTimeField<Time>
        {...props}
        className={`field date-field${className ? ` ${className}` : ''}`}
        value={toTime(value)}
        onChange={(time) => onChange(time ? time.toString().slice(0, 5) : '')}
        hourCycle={24}
        granularity="minute"
        isRequired={isRequired}
        isInvalid={errorMessage ? true : undefined}
        validationBehavior={validationBehavior}
        validate={(time) => (!time && isRequired ? t('dateField.requiredTime') : null)}
      >
        <Label>{label}</Label>
        {description && <Text slot="description">{description}</Text>}
        <DateInput className="input date-input time-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        <FieldError className="field-error">{errorMessage ?? undefined}</FieldError>
      </AriaTimeField>
    </I18nProvider>
  );
}
