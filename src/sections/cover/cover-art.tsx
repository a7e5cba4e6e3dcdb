import styles from './cover.module.css';

type CoverArtProps = {
  readonly copy: { readonly alt: string; readonly caption: string; readonly source: string };
  /** Envelopes drawn solid (the lower count). */
  readonly solid: number;
  /** Envelopes in all (the higher count); the rest are dashed. */
  readonly total: number;
};

const COLUMNS = 5;
const CELL_W = 44;
const CELL_H = 34;

/** The lead art: one envelope per organization, the disputed ones dashed, a key across them. Drawn for this project. */
export function CoverArt({ copy, solid, total }: CoverArtProps) {
  const rows = Math.ceil(total / COLUMNS);
  const width = COLUMNS * CELL_W;
  const height = rows * CELL_H;
  return (
    <figure className={styles.art}>
      <svg viewBox={`-4 -4 ${width + 8} ${height + 8}`} role="img" aria-label={copy.alt} className={styles.artSvg}>
        {Array.from({ length: total }, (_, index) => {
          const x = (index % COLUMNS) * CELL_W;
          const y = Math.floor(index / COLUMNS) * CELL_H;
          return (
            <g key={index} className={index < solid ? styles.envelope : styles.envelopeDisputed}>
              <rect x={x + 4} y={y + 4} width={CELL_W - 10} height={CELL_H - 10} rx="2" />
              <path d={`M${x + 5} ${y + 6} L${x + CELL_W / 2 - 1} ${y + CELL_H / 2} L${x + CELL_W - 7} ${y + 6}`} />
            </g>
          );
        })}
        <g className={styles.key} transform={`rotate(-18 ${width / 2} ${height / 2})`}>
          <circle cx={width * 0.2} cy={height / 2} r={height * 0.16} />
          <path
            d={`M${width * 0.2 + height * 0.16} ${height / 2} H${width * 0.88} M${width * 0.76} ${height / 2} v${height * 0.12} M${width * 0.84} ${height / 2} v${height * 0.09}`}
          />
        </g>
      </svg>
      <figcaption className={styles.artCaption}>
        {copy.caption} <span className={styles.artSource}>{copy.source}</span>
      </figcaption>
    </figure>
  );
}
