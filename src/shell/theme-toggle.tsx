import { useId } from 'react';
import { useThemePreference } from '@/hooks/use-theme-preference';
import { themes, type Theme } from '@/lib/theme';
import styles from './theme-toggle.module.css';

type ThemeToggleProps = {
  readonly legend: string;
  readonly labels: Record<Theme, string>;
};

/** Auto (system), light or dark, as a radio group: arrow keys move between choices. */
export function ThemeToggle({ legend, labels }: ThemeToggleProps) {
  const [preference, choose] = useThemePreference();
  const name = useId();
  return (
    <fieldset className={styles.toggle}>
      <legend>{legend}</legend>
      {themes.map((choice) => (
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
