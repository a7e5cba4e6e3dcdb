type EmbedButtonProps = {
  /** What to embed: a chapter id or `timeline`. */
  readonly slug: string;
  /** For the timeline: the selected event, if any. */
  readonly eventId?: string;
};

/** Opens the embed dialog with the snippet to copy. */
// Placeholder until the embed issue lands: renders nothing.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function EmbedButton(_props: EmbedButtonProps) {
  return null;
}
