// Comparable espionage intrusions for the spy-game chapter, from section 5
// of shared/research/storm-0558-facts.md. Dwell = days from the earliest
// documented access to first detection, unless the note says otherwise.
import type { Intrusion } from './types';

export const intrusions = [
  {
    id: 'opm',
    name: 'OPM breach',
    shortName: 'OPM breach',
    shortActor: 'China-based, per a House Oversight majority report',
    actor:
      'China-based, according to a House Oversight majority report; the U.S. ' +
      'government did not publicly confirm the attribution at the time',
    initialAccess: 'May 7, 2014 (likely)',
    discovery: 'April 15, 2015',
    dwell: { low: 343, approximate: false },
    dwellNote:
      'From likely entry with stolen credentials on May 7, 2014, to the ' +
      'anomalous traffic OPM noticed on April 15, 2015, per the OPM/DHS ' +
      'timeline as reported by FCW. An earlier, separate intrusion from ' +
      'late 2013 is not counted.',
    taken:
      'Background-check files on 21.5 million people and personnel records ' +
      'on 4.2 million, about 22.1 million people in all, plus fingerprints ' +
      'whose count was revised from 1.1 million to 5.6 million.',
    certainty: 'reported',
    sourceIds: [
      'fcw-2015-08-21-opm-breach-timeline',
      'executivegov-2015-08-opm-breach-timeline',
    ],
  },
  {
    id: 'solarwinds',
    name: 'SolarWinds / SUNBURST',
    shortName: 'SolarWinds',
    shortActor: "Russia's SVR, per the GAO",
    actor:
      "Russia's Foreign Intelligence Service (SVR), according to the U.S. " +
      'Government Accountability Office; also tracked as APT29 and Nobelium',
    initialAccess:
      'September 2019 (first suspicious activity at SolarWinds); malicious ' +
      'code inserted from February 20, 2020',
    discovery:
      'December 2020 (FireEye disclosed its own breach Dec. 8; SolarWinds ' +
      'was told Dec. 12)',
    dwell: { low: 296, high: 468, approximate: true },
    dwellNote:
      'Depends on the starting point: 296 days from the code insertion on ' +
      'Feb. 20, 2020, or about 468 from September 2019 (counted from Sept. ' +
      '1, so approximate), both to Dec. 12, 2020.',
    taken:
      'Mail and documents from at least nine federal agencies and about 100 ' +
      'companies, among some 18,000 customers that installed the tainted ' +
      'update.',
    certainty: 'confirmed',
    sourceIds: [
      'solarwinds-2021-01-11-sunburst-findings',
      'mandiant-2020-12-sunburst-backdoor',
    ],
  },
  {
    id: 'hafnium-proxylogon',
    name: 'Exchange ProxyLogon / HAFNIUM',
    shortName: 'Exchange / HAFNIUM',
    shortActor: 'HAFNIUM, China-based per Microsoft',
    actor:
      'HAFNIUM, which Microsoft says is China-based; the U.S., EU, UK and ' +
      "NATO tied it to actors affiliated with China's Ministry of State " +
      'Security in July 2021',
    initialAccess: 'January 6, 2021 (earliest exploitation seen by Volexity)',
    discovery:
      'January 2021 (Volexity); Microsoft patched and disclosed March 2, 2021',
    dwell: { low: 55, approximate: false },
    dwellNote:
      'Measures how long the flaws were abused before disclosure, not how ' +
      'long any one victim was compromised: from the first exploitation ' +
      "Volexity saw on Jan. 6, 2021, to Microsoft's patch and disclosure " +
      'on March 2.',
    taken:
      'Mail from Exchange servers that organizations ran themselves, with ' +
      'web shells planted for later access; estimates of the number of ' +
      'victims vary widely.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2021-03-02-hafnium'],
  },
  {
    id: 'storm-0558',
    name: 'Storm-0558 (this story)',
    shortName: 'Storm-0558 (this story)',
    shortActor: 'China-based, per Microsoft',
    actor:
      'China-based, according to Microsoft (moderate confidence); the Cyber ' +
      'Safety Review Board calls it PRC-affiliated; China denies involvement',
    initialAccess: 'May 15, 2023',
    discovery:
      'June 15, 2023 (State Department alert); reported to Microsoft June 16',
    dwell: { low: 31, high: 32, approximate: false },
    dwellNote:
      'From first forged-token access on May 15, 2023: 31 days to the State ' +
      "Department's alert, 32 to its report to Microsoft. Microsoft went " +
      'public 57 days after the first access.',
    taken:
      'Unclassified mail from 22 to 25 organizations and over 500 ' +
      'individuals, including about 60,000 State Department emails by one ' +
      'Senate staff account.',
    certainty: 'confirmed',
    sourceIds: [
      'microsoft-2023-07-11-mitigation',
      'globalrelay-2024-04-csrb-security-culture',
      'omaha-2023-08-bacon-fbi',
      'politico-2023-09-27-60000-emails',
    ],
    isThisStory: true,
  },
  {
    id: 'midnight-blizzard',
    name: 'Midnight Blizzard breach of Microsoft corporate email',
    shortName: 'Midnight Blizzard',
    shortActor: "Russia's SVR-linked Midnight Blizzard",
    actor:
      "Midnight Blizzard, Microsoft's name for the SVR-linked Russian group " +
      'also called Nobelium; the same actor as in SolarWinds',
    initialAccess: 'Late November 2023',
    discovery: 'January 12, 2024; disclosed January 19 in an SEC filing',
    dwell: { low: 46, approximate: true },
    dwellNote:
      'Microsoft gives only “late November 2023” as the start; the count ' +
      'uses a third-party estimate of Nov. 27 and runs to detection on Jan. ' +
      '12, 2024.',
    taken:
      "Emails and attachments from a small fraction of Microsoft's own " +
      'mailboxes, among them top executives and security and legal ' +
      'employees; the way in was a password-spraying attack on an old test ' +
      'account that lacked MFA.',
    certainty: 'confirmed',
    sourceIds: [
      'microsoft-2024-01-19-sec-form-8-k',
      'microsoft-2024-01-25-midnight-blizzard-guidance',
      'microsoft-2024-03-midnight-blizzard-update',
    ],
  },
  {
    id: 'volt-typhoon',
    name: 'Volt Typhoon',
    shortName: 'Volt Typhoon',
    shortActor: 'China state-sponsored, per Microsoft and U.S. agencies',
    actor:
      'China state-sponsored, according to Microsoft and U.S. and allied ' +
      'agencies',
    initialAccess:
      'Mid-2021 (Microsoft); at least five years before February 2024 (U.S. ' +
      'advisory AA24-038A)',
    discovery: 'May 24, 2023 (Microsoft and Five Eyes disclosure)',
    dwell: { low: 692, high: 1826, approximate: true, openEnded: true },
    dwellNote:
      'Microsoft saw activity from mid-2021 (about 692 days to May 24, ' +
      '2023, counted from July 1), while the U.S. advisory says access in ' +
      'some networks lasted at least five years (1,826 days or more).',
    taken:
      'Mainly footholds that could be used to disrupt U.S. critical ' +
      'infrastructure rather than bulk data, though credentials were taken.',
    certainty: 'confirmed',
    sourceIds: [
      'microsoft-2023-05-24-volt-typhoon',
      'cisa-2024-02-07-aa24-038a',
    ],
  },
  {
    id: 'salt-typhoon',
    name: 'Salt Typhoon (U.S. telecoms)',
    shortName: 'Salt Typhoon',
    shortActor: 'PRC-affiliated, per the FBI and CISA',
    actor: 'China (PRC-affiliated, according to the FBI and CISA)',
    initialAccess: 'Unknown',
    discovery:
      'Investigated by the FBI and CISA since late spring 2024; public in ' +
      'September–October 2024',
    dwell: null,
    dwellNote:
      'No honest figure: the start date is unknown. The Wall Street Journal ' +
      'reported “more than eight months” in some systems, which has not ' +
      'been verified.',
    taken:
      'Call-record metadata in bulk, calls and texts of a small number of ' +
      'mostly political and government figures, and data on U.S. wiretap ' +
      'requests.',
    certainty: 'reported',
    sourceIds: ['scworld-2024-salt-typhoon-telcos'],
  },
] as const satisfies readonly Intrusion[];
