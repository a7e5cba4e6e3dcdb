import { parseProse } from '@/lib/prose';
import { Link } from '@tanstack/react-router';
import { linkForPath } from '@/site/links';
import styles from './prose.module.css';

type ProseProps = {
  readonly text: string;
  /** Note number for each cited source id. */
  readonly notes: ReadonlyMap<string, number>;
  /** Prefix for note anchors, unique per page region. */
  readonly notePrefix: string;
  readonly noteLabel: string;
};

/** Renders one paragraph's inline format as React elements (never raw HTML). */
export function Prose({ text, notes, notePrefix, noteLabel }: ProseProps) {
  return parseProse(text).map((token, index) => {
    switch (token.type) {
      case 'text':
        return token.text;
      case 'em':
        return <em key={index}>{token.text}</em>;
      case 'link': {
        const internal = linkForPath(token.href);
        return internal ? (
          <Link key={index} {...internal}>
            {token.text}
          </Link>
        ) : (
          <a key={index} href={token.href}>
            {token.text}
          </a>
        );
      }
      case 'note': {
        const number = notes.get(token.ref);
        if (number === undefined) return null;
        return (
          <sup key={index} className={styles.noteRef}>
            <a href={`#${notePrefix}-${number}`} aria-label={`${noteLabel} ${number}`}>
              {number}
            </a>
          </sup>
        );
      }
    }
  });
}
