import type { BilingualLabel } from '../../../contract/labels';
import { useLocalized } from '../../i18n/i18n';
import { Toggle, ToggleGroup, toggleIn } from './controls';

/** How a code is named on its toggle: its label in a code list (CODE_LABELS), or a function for codes with no list (desks, guides). */
type Labels<C extends string | number> = Readonly<Record<C, BilingualLabel>> | ((code: C) => string);

/** One code or none: tapping the chosen one again clears it. */
type OneOrNone<C> = { multiple?: false; keepOne?: false; value: C | null; onChange(value: C | null): void };
/** One code that, once chosen, cannot be tapped off again (an outcome, a walk-in's service). */
type KeepOne<C> = { multiple?: false; keepOne: true; value: C | null; onChange(value: C): void };
/** Any number of codes. */
type SomeOf<C> = { multiple: true; keepOne?: never; value: readonly C[]; onChange(value: C[]): void };

/** The codes decide what a code is; the labels, value and onChange must fit them (NoInfer). */
export type CodeChoiceProps<C extends string | number> = {
  label: string;
  codes: readonly C[];
  labels: Labels<NoInfer<C>>;
} & (OneOrNone<NoInfer<C>> | KeepOne<NoInfer<C>> | SomeOf<NoInfer<C>>);

/**
 * A labelled row of toggles over a code list, one tap each: one code (tap it again
 * to clear it, unless `keepOne`) or, with `multiple`, any number of them. The desk
 * records in taps, never in dropdowns.
 */
export function CodeChoice<C extends string | number>(props: CodeChoiceProps<C>) {
  const local = useLocalized();
  const { label, codes, labels } = props;
  const nameOf = (code: C) => (typeof labels === 'function' ? labels(code) : local(labels[code]));
  const isOn = (code: C) => (props.multiple ? props.value.includes(code) : props.value === code);
  const tap = (code: C) => {
    if (props.multiple) props.onChange(toggleIn(props.value, code));
    else if (props.keepOne) props.onChange(code);
    else props.onChange(props.value === code ? null : code);
  };
  return (
    <ToggleGroup label={label}>
      {codes.map((code) => (
        <Toggle key={code} on={isOn(code)} onToggle={() => tap(code)}>
          {nameOf(code)}
        </Toggle>
      ))}
    </ToggleGroup>
  );
}
