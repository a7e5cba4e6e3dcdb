// Every document an event, intrusion or key figure cites. Only hosts the
// fact sheet (shared/research/storm-0558-facts.md) lists as citable appear
// here; mirrors and aggregators are never cited. Ids are anchors on
// /sources/: never rename.
import type { Source } from './types';

export const sources = [
  // Company
  {
    id: 'microsoft-2023-07-11-mitigation',
    title: 'Mitigation for China-based threat actor activity',
    publisher: 'Microsoft',
    kind: 'company',
    url: 'https://blogs.microsoft.com/on-the-issues/2023/07/11/mitigation-china-based-threat-actor/',
    published: '2023-07-11',
  },
  {
    id: 'microsoft-2023-07-14-storm-0558-analysis',
    title: 'Analysis of Storm-0558 techniques for unauthorized email access',
    publisher: 'Microsoft',
    kind: 'company',
    url: 'https://www.microsoft.com/en-us/security/blog/2023/07/14/analysis-of-storm-0558-techniques-for-unauthorized-email-access/',
    published: '2023-07-14',
  },
  {
    id: 'microsoft-2023-09-06-key-acquisition',
    title:
      'Results of major technical investigations for Storm-0558 key acquisition',
    publisher: 'Microsoft',
    kind: 'company',
    url: 'https://msrc.microsoft.com/blog/2023/09/results-of-major-technical-investigations-for-storm-0558-key-acquisition/',
    published: '2023-09-06',
  },
  {
    id: 'microsoft-2021-03-02-hafnium',
    title: 'HAFNIUM targeting Exchange Servers with 0-day exploits',
    publisher: 'Microsoft',
    kind: 'company',
    url: 'https://www.microsoft.com/en-us/security/blog/2021/03/02/hafnium-targeting-exchange-servers/',
    published: '2021-03-02',
  },
  {
    id: 'microsoft-2023-05-24-volt-typhoon',
    title:
      'Volt Typhoon targets US critical infrastructure with living-off-the-land techniques',
    publisher: 'Microsoft',
    kind: 'company',
    url: 'https://www.microsoft.com/en-us/security/blog/2023/05/24/volt-typhoon-targets-us-critical-infrastructure-with-living-off-the-land-techniques/',
    published: '2023-05-24',
  },
  {
    id: 'microsoft-2024-01-19-sec-form-8-k',
    title:
      'Form 8-K: Microsoft reports a nation-state intrusion into its corporate email',
    publisher: 'Microsoft (filed with the SEC)',
    kind: 'company',
    url: 'https://www.sec.gov/Archives/edgar/data/789019/000119312524011295/d708866d8k.htm',
    published: '2024-01-19',
  },
  {
    id: 'microsoft-2024-01-25-midnight-blizzard-guidance',
    title: 'Midnight Blizzard: Guidance for responders on nation-state attack',
    publisher: 'Microsoft',
    kind: 'company',
    url: 'https://www.microsoft.com/en-us/security/blog/2024/01/25/midnight-blizzard-guidance-for-responders-on-nation-state-attack/',
    published: '2024-01-25',
  },
  {
    id: 'microsoft-2024-03-midnight-blizzard-update',
    title:
      'Update on Microsoft actions following attack by nation-state actor Midnight Blizzard',
    publisher: 'Microsoft',
    kind: 'company',
    url: 'https://msrc.microsoft.com/blog/2024/03/update-on-microsoft-actions-following-attack-by-nation-state-actor-midnight-blizzard/',
    published: '2024-03',
  },
  {
    id: 'solarwinds-2021-01-11-sunburst-findings',
    title: 'New findings from our investigation of SUNBURST',
    publisher: 'SolarWinds',
    kind: 'company',
    url: 'https://orangematter.solarwinds.com/2021/01/11/new-findings-from-our-investigation-of-sunburst',
    published: '2021-01-11',
  },
  {
    id: 'microsoft-2023-11-02-secure-future-initiative',
    title: "A new world of security: Microsoft's Secure Future Initiative",
    publisher: 'Microsoft',
    kind: 'company',
    url: 'https://blogs.microsoft.com/on-the-issues/2023/11/02/secure-future-initiative-sfi-cybersecurity-cyberattacks/',
    published: '2023-11-02',
  },
  {
    id: 'microsoft-2024-05-03-security-above-all-else',
    title: 'Prioritizing security above all else',
    publisher: 'Microsoft',
    kind: 'company',
    url: 'https://blogs.microsoft.com/blog/2024/05/03/prioritizing-security-above-all-else/',
    published: '2024-05-03',
  },

  // Government
  {
    id: 'cisa-fbi-2023-07-12-aa23-193a',
    title:
      'Enhanced monitoring to detect APT activity targeting Outlook Online (AA23-193A)',
    publisher: 'CISA and FBI',
    kind: 'government',
    url: 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-193a',
    published: '2023-07-12',
  },
  {
    id: 'cisa-2024-02-07-aa24-038a',
    title:
      'PRC state-sponsored actors compromise and maintain persistent access to U.S. critical infrastructure (AA24-038A)',
    publisher: 'CISA, NSA, FBI and partner agencies',
    kind: 'government',
    url: 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa24-038a',
    published: '2024-02-07',
  },
  {
    id: 'csrb-2024-04-02-review',
    title: 'Review of the Summer 2023 Microsoft Exchange Online Intrusion',
    publisher: 'Cyber Safety Review Board (DHS)',
    kind: 'government',
    url: 'https://www.cisa.gov/sites/default/files/2024-04/CSRB_Review_of_the_Summer_2023_MEO_Intrusion_Final_508c.pdf',
    published: '2024-04-02',
  },
  {
    id: 'cisa-2024-04-02-csrb-report-release',
    title:
      'Cyber Safety Review Board releases report on the summer 2023 Microsoft Exchange Online incident',
    publisher: 'CISA',
    kind: 'government',
    url: 'https://www.cisa.gov/resources-tools/resources/cyber-safety-review-board-releases-report-microsoft-online-exchange-incident-summer-2023',
    published: '2024-04-02',
  },

  // Congressional
  {
    id: 'wyden-2023-07-27-letter',
    title:
      'Wyden asks federal agencies to investigate lax Microsoft cybersecurity practices that reportedly enabled Chinese espionage',
    publisher: 'Office of Sen. Ron Wyden',
    kind: 'congressional',
    url: 'https://www.wyden.senate.gov/news/press-releases/wyden-requests-federal-agencies-investigate-lax-cybersecurity-practices-by-microsoft-that-reportedly-enabled-chinese-espionage',
    published: '2023-07-27',
  },
  {
    id: 'house-homeland-2024-06-17-smith-testimony',
    title:
      'Microsoft president testifies on past security failures and accountability after Chinese hack of government accounts',
    publisher: 'House Committee on Homeland Security',
    kind: 'congressional',
    url: 'https://homeland.house.gov/2024/06/17/icymi-microsoft-president-testifies-on-past-security-failures-accountability-measures-in-wake-of-chinese-hack-of-government-accounts',
    published: '2024-06-17',
  },

  // Researchers
  {
    id: 'wiz-2023-07-21-compromised-key',
    title: 'Compromised Microsoft key: More impactful than we thought',
    publisher: 'Wiz',
    kind: 'researchers',
    url: 'https://www.wiz.io/blog/storm-0558-compromised-microsoft-key-enables-authentication-of-countless-micr',
    published: '2023-07-21',
  },
  {
    id: 'mandiant-2020-12-sunburst-backdoor',
    title:
      'Evasive attacker leverages SolarWinds supply chain compromises with SUNBURST backdoor',
    publisher: 'Mandiant (Google Cloud)',
    kind: 'researchers',
    url: 'https://cloud.google.com/blog/topics/threat-intelligence/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor/',
    published: '2020-12',
  },

  // Press
  {
    id: 'office365itpros-2020-03-06-mailitemsaccessed',
    title: 'Capturing crucial Office 365 audit data requires E5 licenses',
    publisher: 'Office 365 for IT Pros',
    kind: 'press',
    url: 'https://office365itpros.com/2020/03/06/capturing-high-value-audit-event/',
    published: '2020-03-06',
  },
  {
    id: 'fcw-2015-08-21-opm-breach-timeline',
    title: 'The OPM breach timeline',
    publisher: 'FCW',
    kind: 'press',
    url: 'https://fcw.com/articles/2015/08/21/opm-breach-timeline.aspx',
    published: '2015-08-21',
  },
  {
    id: 'executivegov-2015-08-opm-breach-timeline',
    title:
      "FCW: OPM breach timeline details hackers' data extraction and the federal response",
    publisher: 'ExecutiveGov',
    kind: 'press',
    url: 'https://www.executivegov.com/2015/08/fcw-opm-breach-timeline-details-hackers-data-extraction-federal-response-to-attack/',
    published: '2015-08',
  },
  {
    id: 'hstoday-2023-07-cisa-fbi-advisory',
    title:
      'CISA and FBI release advisory on enhanced monitoring to detect APT activity targeting Outlook Online',
    publisher: 'HSToday',
    kind: 'press',
    url: 'https://www.hstoday.us/subject-matter-areas/cybersecurity/cisa-and-fbi-release-cybersecurity-advisory-on-enhanced-monitoring-to-detect-apt-activity-targeting-outlook-online/',
    published: '2023-07',
  },
  {
    id: 'executivegov-2023-07-cisa-fbi-advisory',
    title:
      'CISA, FBI release advisory on enhancing Microsoft Exchange Online monitoring',
    publisher: 'ExecutiveGov',
    kind: 'press',
    url: 'https://executivegov.com/2023/07/cisa-fbi-release-advisory-on-enhancing-microsoft-exchange-online-monitoring/',
    published: '2023-07',
  },
  {
    id: 'computerweekly-2023-07-microsoft-warning',
    title: 'Microsoft issues new warning over Chinese cyber espionage',
    publisher: 'Computer Weekly',
    kind: 'press',
    url: 'https://www.computerweekly.com/news/366544601/Microsoft-issues-new-warning-over-Chinese-cyber-espionage',
    published: '2023-07',
  },
  {
    id: 'abc-2023-07-raimondo-emails',
    title:
      "Commerce Secretary Gina Raimondo's emails hacked in Microsoft cyber breach",
    publisher: 'ABC News',
    kind: 'press',
    url: 'https://abcnews.go.com/amp/Politics/commerce-secretary-gina-raimondos-emails-hacked-microsoft-cyber/story?id=101201179',
    published: '2023-07',
  },
  {
    id: 'semafor-2023-07-13-china-hackers',
    title: 'China-linked hackers target U.S. officials',
    publisher: 'Semafor',
    kind: 'press',
    url: 'https://www.semafor.com/article/07/13/2023/china-hackers-target-us-officials',
    published: '2023-07-13',
  },
  {
    id: 'washingtonpost-2023-07-13-blinken-wang-yi',
    title:
      "Blinken and China's top diplomat discuss rivalry and an effort to bolster ties",
    publisher: 'The Washington Post',
    kind: 'press',
    url: 'https://www.washingtonpost.com/national-security/2023/07/13/blinken-chinas-top-diplomat-discuss-rivalry-effort-bolster-ties/',
    published: '2023-07-13',
  },
  {
    id: 'firstpost-2023-07-blinken-will-take-action',
    title:
      "Blinken says U.S. will take action after hackers breached officials' emails",
    publisher: 'Firstpost (Reuters)',
    kind: 'press',
    url: 'https://www.firstpost.com/world/will-take-action-says-blinken-after-chinese-hackers-breached-emails-of-us-officials-12865692.html',
    published: '2023-07',
  },
  {
    id: 'techtarget-2023-07-msa-key-investigation',
    title: 'Microsoft still investigating stolen MSA key from email attacks',
    publisher: 'TechTarget',
    kind: 'press',
    url: 'https://www.techtarget.com/searchsecurity/news/366544937/Microsoft-still-investigating-stolen-MSA-key-from-email-attacks',
    published: '2023-07',
  },
  {
    id: 'techtarget-2023-07-free-cloud-logging',
    title: 'Microsoft to expand free cloud logging following recent hacks',
    publisher: 'TechTarget',
    kind: 'press',
    url: 'https://www.techtarget.com/searchsecurity/news/366545163/Microsoft-to-expand-free-cloud-logging-following-recent-hacks',
    published: '2023-07',
  },
  {
    id: 'msspalert-2023-07-cloud-logging',
    title:
      'Microsoft and CISA collaborate to expand cloud logging after China email hack',
    publisher: 'MSSP Alert',
    kind: 'press',
    url: 'https://www.msspalert.com/news/microsoft-cisa-collaborate-to-expand-cloud-logging-after-china-email-hack',
    published: '2023-07',
  },
  {
    id: 'thetimes-2023-07-us-officials-emails',
    title: "U.S. officials' emails hacked in China-linked campaign",
    publisher: 'The Times',
    kind: 'press',
    url: 'https://www.thetimes.co.uk/article/us-officials-emails-hacked-by-china-jfl0kwp32',
    published: '2023-07',
  },
  {
    id: 'scmagazine-2023-07-microsoft-dismisses-wiz',
    title:
      'Microsoft dismisses reported widespread extent of Chinese email hack',
    publisher: 'SC Media',
    kind: 'press',
    url: 'https://www.scmagazine.com/brief/microsoft-dismisses-reported-widespread-extent-of-chinese-email-hack',
    published: '2023-07',
  },
  {
    id: 'axios-2023-07-28-wyden-probe',
    title: 'Sen. Wyden seeks federal probe of Microsoft over email breach',
    publisher: 'Axios',
    kind: 'press',
    url: 'https://www.axios.com/2023/07/28/senator-wyden-probe-microsoft-breach',
    published: '2023-07-28',
  },
  {
    id: 'scmagazine-2023-07-federal-probe-sought',
    title: 'Federal probe into Microsoft email hack sought',
    publisher: 'SC Media',
    kind: 'press',
    url: 'https://www.scmagazine.com/brief/federal-probe-into-microsoft-email-hack-sought',
    published: '2023-07',
  },
  {
    id: 'firstpost-2023-08-house-panel-probe',
    title:
      'U.S. House panel opens probe into suspected hacking of Commerce and State emails',
    publisher: 'Firstpost (Reuters)',
    kind: 'press',
    url: 'https://www.firstpost.com/world/us-house-panel-opens-probe-into-suspected-chinese-hacking-of-commerce-state-emails-12951102.html',
    published: '2023-08',
  },
  {
    id: 'omaha-2023-08-bacon-fbi',
    title: 'Don Bacon says FBI told him his emails were hacked',
    publisher: 'Omaha World-Herald',
    kind: 'press',
    url: 'https://omaha.com/news/state-regional/don-bacon-says-fbi-told-him-chinese-hacked-his-emails/article_eebfed74-3bbe-11ee-8f1d-eb56d99ff91e.html',
    published: '2023-08',
  },
  {
    id: 'techcrunch-2023-08-15-bacon-emails',
    title:
      'House Republican says his emails were read in the Microsoft cloud hack',
    publisher: 'TechCrunch',
    kind: 'press',
    url: 'https://techcrunch.com/2023/08/15/house-republican-emails-china-microsoft-cloud-hack/',
    published: '2023-08-15',
  },
  {
    id: 'politico-2023-09-27-60000-emails',
    title: 'Hackers took 60,000 emails in State Department breach',
    publisher: 'Politico',
    kind: 'press',
    url: 'https://www.politico.com/news/2023/09/27/chinese-hackers-nab-60-000-emails-in-state-department-breach-00118547',
    published: '2023-09-27',
  },
  {
    id: 'cna-2023-09-state-60000-emails',
    title:
      'Hackers stole 60,000 State Department emails in Microsoft hack, Senate staffer says',
    publisher: 'CNA (Reuters)',
    kind: 'press',
    url: 'https://www.channelnewsasia.com/business/chinese-hackers-stole-60000-emails-us-state-department-microsoft-hack-senate-staffer-says-3804131',
    published: '2023-09',
  },
  {
    id: 'borncity-2023-10-24-purview-logging',
    title: 'Microsoft extends Purview logging after the Storm-0558 hack',
    publisher: "Born's Tech and Windows World",
    kind: 'press',
    url: 'https://borncity.com/win/2023/10/24/microsoft-extends-purview-logging-after-storm-0558-hack/',
    published: '2023-10-24',
  },
  {
    id: 'helpnetsecurity-2024-02-22-expanded-logging',
    title: 'Microsoft expands free cloud logging for all federal agencies',
    publisher: 'Help Net Security',
    kind: 'press',
    url: 'https://helpnetsecurity.com/2024/02/22/microsoft-expanded-cloud-logging',
    published: '2024-02-22',
  },
  {
    id: 'globalrelay-2024-04-csrb-security-culture',
    title:
      'CSRB says Microsoft security culture inadequate after U.S. government systems breached',
    publisher: 'Global Relay Intelligence & Practice',
    kind: 'press',
    url: 'https://www.grip.globalrelay.com/csrb-says-microsoft-security-culture-inadequate-after-us-government-systems-breached/',
    published: '2024-04',
  },
  {
    id: 'medianama-2024-04-dhs-criticises-microsoft',
    title:
      'Homeland Security criticises Microsoft over China-linked hack and makes recommendations',
    publisher: 'MediaNama',
    kind: 'press',
    url: 'https://www.medianama.com/2024/04/223-department-of-homeland-security-criticises-microsoft-for-china-linked-hacker-attack-provides-recommendations/',
    published: '2024-04',
  },
  {
    id: 'thestack-2024-04-csrb-key-theft',
    title: 'The review board on how Microsoft lost its Storm-0558 signing key',
    publisher: 'The Stack',
    kind: 'press',
    url: 'https://thestack.technology/microsoft-post-mortem-key-theft-storm-0558/',
    published: '2024-04',
  },
  {
    id: 'scmagazine-2024-04-csrb-deprioritization',
    title:
      "Hack of U.S. emails attributed to Microsoft's deprioritization of security",
    publisher: 'SC Media',
    kind: 'press',
    url: 'https://www.scmagazine.com/brief/chinese-hack-of-us-emails-attributed-to-microsofts-security-deprioritization',
    published: '2024-04',
  },
  {
    id: 'scworld-2024-salt-typhoon-telcos',
    title: 'U.S. telcos subjected to Chinese cyberespionage campaign',
    publisher: 'SC Media',
    kind: 'press',
    url: 'https://www.scworld.com/brief/us-telcos-subjected-to-chinese-cyberespionage-campaign',
    published: '2024',
  },
] as const satisfies readonly Source[];
