interface Props {
  id: string;
  label: string;
  checked: boolean;
  /** A switch takes effect at once (show the badge); a plain checkbox reads as a choice (hide here). */
  isSwitch?: boolean;
  onChange(checked: boolean): void;
}

/** One labelled on/off control, a native checkbox for keyboards and screen readers. */
export function SwitchRow({ id, label, checked, isSwitch = false, onChange }: Props) {
  return (
    <div class="switch-row">
      <input
        id={id}
        type="checkbox"
        role={isSwitch ? 'switch' : undefined}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}
