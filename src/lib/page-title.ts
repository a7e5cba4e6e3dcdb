/** "Who did it | The Storm-0558 intrusion": every page but the cover. */
export function pageTitle(title: string, siteName: string): string {
  return `${title} | ${siteName}`;
}
