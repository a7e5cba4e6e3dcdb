import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SectionBoundary } from '@/components/section-boundary';
import { siteCopy } from '@/content/site';

let broken = true;
function Flaky() {
  if (broken) throw new Error('boom');
  return <p>Recovered section</p>;
}

describe('SectionBoundary', () => {
  it('shows a message in the page’s words instead of a blank, and retries', async () => {
    const user = userEvent.setup();
    // React reports the caught error to the console; that is expected here.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'info').mockImplementation(() => {});
    render(
      <SectionBoundary title={siteCopy.error.title} message={siteCopy.error.body} retryLabel={siteCopy.error.retry}>
        <Flaky />
      </SectionBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(siteCopy.error.body);
    expect(screen.getByRole('heading', { level: 1, name: siteCopy.error.title })).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalled();
    broken = false;
    await user.click(screen.getByRole('button', { name: siteCopy.error.retry }));
    expect(screen.getByText('Recovered section')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
