import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  ComboBox,
  FieldError,
  Input,
  Group,
  Label,
  ListBox,
  NumberField,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextField,
  type ButtonProps,
  type CheckboxGroupProps,
  type CheckboxProps,
  type Key,
  type NumberFieldProps,
  type TextFieldProps,
} from 'react-aria-components';
import type { TSchema } from '@sinclair/typebox';
import { Password } from '../../../contract/auth.js';
import { Email } from '../../../contract/common.js';
import { CalendarDate } from '../../../contract/domain.js';
import { schemaProblem } from '../../../contract/field-check.js';
import { Code } from '../../../contract/hospitals.js';
import { problemMessage } from '../i18n/problems';

/*
 * Form controls of the console: react-aria-components with our label, hint and error layout.
 * Validation messages come from `validate` (translated) rather than the browser, whose messages
 * follow the browser's language instead of the page's.
 */

interface FieldText {
  label: string;
  /** A hint under the label, linked to the input with aria-describedby. */
  description?: ReactNode;
}

type Validate<T> = (value: T) => string | null | undefined;

export function TextInput({ label, description, validate, isRequired, ...props }: TextFieldProps & FieldText) {
  const { t } = useTranslation();
  const check: Validate<string> = (value) => {
    if (isRequired && value.trim() === '') return t('form.required');
    return validate?.(value) as string | null | undefined;
  };
  return (
    <TextField {...props} isRequired={isRequired} validate={check} className="field">
      <Label>{label}</Label>
      {description && <Text slot="description">{description}</Text>}
      <Input className="input" />
      <FieldError className="field-error" />
    </TextField>
  );
}

export function NumberInput({ label, description, ...props }: Omit<NumberFieldProps, 'className'> & FieldText) {
  const { t } = useTranslation();
  const { minValue = 0, maxValue = Number.MAX_SAFE_INTEGER } = props;
  return (
    <NumberField
      {...props}
      className="field"
      validate={(value) => (Number.isNaN(value) || value < minValue || value > maxValue ? t('form.numberRange', { min: minValue, max: maxValue }) : null)}
    >
      <Label>{label}</Label>
      {description && <Text slot="description">{description}</Text>}
      <Group className="number-group">
        <Button slot="decrement" className="number-step">
          −
        </Button>
        <Input className="input number-input" />
        <Button slot="increment" className="number-step">
          +
        </Button>
      </Group>
      <FieldError className="field-error" />
    </NumberField>
  );
}

export interface Option {
  id: string;
  label: string;
}

interface SelectInputProps extends FieldText {
  options: readonly Option[];
  value: string | null;
  onChange: (value: string | null) => void;
  name?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  placeholder?: string;
}

export function SelectInput({ label, description, options, value, onChange, name, isRequired, isDisabled, placeholder }: SelectInputProps) {
  const { t } = useTranslation();
  return (
    <Select
      className="field"
      name={name}
      value={value}
      onChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      isRequired={isRequired}
      isDisabled={isDisabled}
      placeholder={placeholder ?? t('common.chooseOne')}
      validate={(selected) => (isRequired && (selected == null || selected === '') ? t('form.chooseRequired') : null)}
    >
      <Label>{label}</Label>
      {description && <Text slot="description">{description}</Text>}
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      <FieldError className="field-error" />
      <Popover className="select-popover">
        <ListBox className="select-list" items={options}>
          {(option) => (
            <ListBoxItem className="select-option" id={option.id} textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

/**
 * A choice among many (the register's ~60 hospitals) that one can type to narrow: the same props
 * as SelectInput. The list keeps the caller's order and shows only the options whose label
 * contains what was typed, ignoring case and accents; focusing the field opens the whole list.
 */
export function SearchSelectInput({ label, description, options, value, onChange, name, isRequired, isDisabled, placeholder }: SelectInputProps) {
  const { t } = useTranslation();
  return (
    <ComboBox
      className="field"
      name={name}
      // defaultItems, not items: with items the combo box leaves filtering to its caller.
      defaultItems={options}
      selectedKey={value}
      onSelectionChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      isRequired={isRequired}
      isDisabled={isDisabled}
      menuTrigger="focus"
      allowsEmptyCollection
      validate={({ selectedKey }) => (isRequired && (selectedKey == null || selectedKey === '') ? t('form.chooseRequired') : null)}
    >
      <Label>{label}</Label>
      {description && <Text slot="description">{description}</Text>}
      <Group className="combo-group">
        <Input className="input combo-input" placeholder={placeholder ?? t('common.typeToSearch')} />
        <Button className="combo-button" aria-label={t('common.showOptions', { label })}>
          <span aria-hidden="true">▾</span>
        </Button>
      </Group>
      <FieldError className="field-error" />
      <Popover className="select-popover">
        <ListBox className="select-list" renderEmptyState={() => <p className="select-empty">{t('common.noMatches')}</p>}>
          {(option: Option) => (
            <ListBoxItem className="select-option" id={option.id} textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

function CheckboxBox() {
  return (
    <span className="checkbox-box" aria-hidden="true">
      <svg viewBox="0 0 18 18" width="14" height="14">
        <polyline points="2,9 7,14 16,4" fill="none" stroke="currentColor" strokeWidth="3" />
      </svg>
    </span>
  );
}

export function CheckboxInput({ children, ...props }: Omit<CheckboxProps, 'children' | 'className'> & { children: ReactNode }) {
  return (
    <Checkbox {...props} className="checkbox">
      <CheckboxBox />
      <span>{children}</span>
    </Checkbox>
  );
}

interface CheckboxListProps extends FieldText, Omit<CheckboxGroupProps, 'children' | 'className' | 'validate'> {
  options: readonly (Option & { isDisabled?: boolean })[];
}

export function CheckboxList({ label, description, options, isRequired, ...props }: CheckboxListProps) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      {...props}
      isRequired={isRequired}
      validate={(values) => (isRequired && values.length === 0 ? t('form.chooseAtLeastOne') : null)}
      className="field checkbox-group"
    >
      <Label>{label}</Label>
      {description && <Text slot="description">{description}</Text>}
      {options.map((option) => (
        <Checkbox key={option.id} value={option.id} isDisabled={option.isDisabled} className="checkbox">
          <CheckboxBox />
          <span>{option.label}</span>
        </Checkbox>
      ))}
      <FieldError className="field-error" />
    </CheckboxGroup>
  );
}

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

export const buttonClass = (variant: ButtonVariant = 'primary', small = false) => `button button-${variant}${small ? ' button-small' : ''}`;

/**
 * A console button. `isPending` (a request under way) is ours, not react-aria's: RAC's pending
 * state announces the button through a live region that points at the button's id, and when the
 * button then goes away (the page changes, the form resets) that region is left with a nameless
 * image for 7 seconds. Here a pending button stays focusable, says so with aria-disabled, and
 * ignores presses; the caller shows the progress in its text ("Sparar…").
 */
export function ActionButton({
  variant,
  small,
  isPending,
  onPress,
  type,
  ...props
}: Omit<ButtonProps, 'className' | 'isPending'> & { variant?: ButtonVariant; small?: boolean; isPending?: boolean }) {
  return (
    <Button
      {...props}
      type={isPending ? 'button' : type}
      onPress={isPending ? undefined : onPress}
      aria-disabled={isPending || undefined}
      className={`${buttonClass(variant, small)}${isPending ? ' button-pending' : ''}`}
    />
  );
}

/**
 * A field checked with its schema in the contract and named by the code the server would send,
 * so a mistake reads the same whichever side finds it. An empty field is left to `isRequired`.
 */
const bySchema =
  (schema: TSchema, trim = true) =>
  (value: string): string | null => {
    const text = trim ? value.trim() : value;
    const problem = text === '' ? null : schemaProblem(schema, text);
    return problem && problemMessage(problem);
  };

/** Client-side checks shared by the forms, with translated messages. */
export function useValidators() {
  const { t } = useTranslation();
  return {
    email: bySchema(Email),
    password: bySchema(Password, false),
    date: bySchema(CalendarDate),
    // Also takes 9.30 and 9:30, which the form writes as 09:30 before sending: looser than the schema on purpose.
    time: (value: string) => (value.trim() && !/^([01]?\d|2[0-3])[:.][0-5]\d$/.test(value.trim()) ? t('form.time') : null),
    code: bySchema(Code),
  };
}
