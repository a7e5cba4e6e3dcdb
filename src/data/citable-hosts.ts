// The original publishers this explainer may cite, by the host their
// documents live on (or host and first path segment, for a shared host). A source whose URL is on any other host fails the
// build: adding a host is a deliberate editorial decision, made here, with
// who publishes there. Never list mirrors, syndicated rewrites, digests,
// aggregators or personal blogs (shared/research/storm-0558-facts.md,
// "Which sources to cite").
export const citableHosts = {
  // Companies and researchers
  'www.microsoft.com': 'Microsoft (Security blog)',
  'blogs.microsoft.com': 'Microsoft (Official blog, On the Issues)',
  'msrc.microsoft.com': 'Microsoft Security Response Center',
  'learn.microsoft.com': 'Microsoft Learn documentation',
  'github.com/microsoft': 'Microsoft’s own repositories on GitHub',
  'orangematter.solarwinds.com': 'SolarWinds',
  'www.wiz.io': 'Wiz',
  'www.volexity.com': 'Volexity',
  // U.S. government and Congress
  'www.cisa.gov': 'CISA (also hosts the Cyber Safety Review Board report)',
  'www.dhs.gov': 'Department of Homeland Security',
  '2021-2025.state.gov': 'State Department (its archive of the 2021-2025 site)',
  'bidenwhitehouse.archives.gov': 'The White House, 2021-2025 (its archive at the National Archives)',
  'www.opm.gov': 'Office of Personnel Management',
  'www.sec.gov': 'SEC filings (EDGAR)',
  'www.wyden.senate.gov': 'Office of Sen. Ron Wyden',
  'oversight.house.gov': 'House Committee on Oversight and Accountability',
  'homeland.house.gov': 'House Committee on Homeland Security',
  'www.congress.gov': 'Congress.gov (hearing records)',
  // Other governments
  'www.globaltimes.cn': 'Global Times (Chinese state media)',
  // News organizations
  'www.cnn.com': 'CNN',
  'abcnews.go.com': 'ABC News',
  'www.wsj.com': 'The Wall Street Journal',
  'www.politico.com': 'Politico',
  'thehill.com': 'The Hill',
  'techcrunch.com': 'TechCrunch',
  'therecord.media': 'The Record',
  'www.bleepingcomputer.com': 'BleepingComputer',
  'omaha.com': 'Omaha World-Herald',
  'themessenger.com': 'The Messenger (ceased publishing in 2024)',
  'fcw.com': 'FCW',
  'www.wired.com': 'Wired',
  'www.zdnet.com': 'ZDNet',
  'office365itpros.com': 'Office 365 for IT Pros (Tony Redmond)',
} as const satisfies Readonly<Record<string, string>>;

/** True when the URL is at one of the hosts (or host/path prefixes) above. */
export function isCitableUrl(url: URL): boolean {
  return Object.keys(citableHosts).some((key) =>
    key.includes('/') ? `${url.hostname}${url.pathname}`.startsWith(`${key}/`) : url.hostname === key,
  );
}
