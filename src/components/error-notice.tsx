type ErrorNoticeProps = {
  readonly title: string;
  readonly message: string;
  readonly retryLabel: string;
  readonly onRetry: () => void;
  /** A page-wide error is the page's h1; a failed part of a page is a smaller heading. */
  readonly level?: 1 | 2;
};

/** What the reader sees where something failed: what happened, in the page's words, and a way to try again. */
export function ErrorNotice({ title, message, retryLabel, onRetry, level = 1 }: ErrorNoticeProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div role="alert">
      <Heading tabIndex={-1}>{title}</Heading>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
