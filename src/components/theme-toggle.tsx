import { useId } from 'react';
import { useThemePreference, type ThemePreference } from '@/hooks/use-theme-preference';

type ThemeToggleProps = {
  readonly legend: string;
  readonly labels: Record<ThemePreference, string>;
};

const CHOICES: readonly ThemePreference[] = ['auto', 'light', 'dark'];

/** Auto (system), light or dark, as a radio group: arrow keys move between choices. */
export function ThemeToggle({ legend, labels }: ThemeToggleProps) {
  const [preference, choose] = useThemePreference();
  const name = useId();
  return (
    <fieldset className="theme-toggle">
      <legend>{legend}</legend>
      {CHOICES.map((choice) => (
        <label key={choice}>
          <input
            type="radio"
            name={name}
            value={choice}
            checked={preference === choice}
            onChange={() => choose(choice)}
          />
          {labels[choice]}
        </label>
      ))}
    </fieldset>
  );
}
