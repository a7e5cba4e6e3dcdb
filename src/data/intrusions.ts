// Comparable espionage intrusions for the spy-game chapter, from section 5
// of shared/research/storm-0558-facts.md (revision 2), 2026-12-02.
// Every row is measured the same way: days from the first documented
// unauthorized access (`from`) to the first detection by anyone, victim,
// vendor or outside defender (`to`). Where the figure usually quoted
// measures something else (time to a patch, to disclosure, or how long
// access lasted), the row has no dwell figure and says what the other
// figure is in `otherMeasure`. Day counts: (date(to) - date(from)).days;
// a month-only end is counted from its first and last day.
import type { Intrusion } from './types';

export const intrusions = [
  {
    id: 'opm',
    name: 'OPM breach',
    shortName: 'OPM breach',
    shortActor: 'China, in U.S. reporting; no formal attribution then',
    actor: 'China, according to reporting at the time; the U.S. government did ' + 'not formally attribute it then',
    from: {
      when: 'May 7, 2014',
      what: 'Hackers likely get into OPM’s network with stolen credentials',
    },
    to: {
      when: 'April 15, 2015',
      what: 'OPM notices anomalous encrypted traffic on its network',
    },
    dwell: { low: 343, approximate: false },
    dwellNote:
      'May 7, 2014 to April 15, 2015, per the OPM and DHS timeline reported ' +
      'by FCW: 343 days. An earlier, separate intrusion from late 2013 is ' +
      'not counted.',
    taken:
      'Background-investigation records on 21.5 million people, about 5.6 ' +
      'million of them with fingerprints, and personnel records on 4.2 ' +
      'million current and former federal employees, by OPM’s count.',
    certainty: 'confirmed',
    sourceIds: ['fcw-2015-08-21-opm-breach-timeline', 'opm-2015-cybersecurity-incidents'],
  },
  {
    id: 'solarwinds',
    name: 'SolarWinds / SUNBURST',
    shortName: 'SolarWinds',
    shortActor: "Russia's SVR, per the U.S. government",
    actor:
      "Russia's Foreign Intelligence Service (SVR), according to the U.S. " +
      'government; also tracked as APT29 and Nobelium',
    from: {
      when: 'September 4, 2019',
      what: 'The intruders first get into SolarWinds’ own network, by the company’s timeline',
    },
    to: {
      when: 'Late June 2020',
      what:
        'Volexity sees the intruders at a think tank it defends and traces ' +
        'their way in to its SolarWinds Orion server, without yet knowing ' +
        'it is a supply-chain attack',
    },
    dwell: { low: 290, high: 300, approximate: true },
    dwellNote:
      'From Sept. 4, 2019 to “late June” 2020, counted as June 20 to June ' +
      '30: about 290 to 300 days. The longer figure often quoted, up to ' +
      '468 days, ends on Dec. 12, 2020, when SolarWinds was told; FireEye ' +
      'disclosed its own breach on Dec. 8. Those are notifications, not the ' +
      'first detection.',
    taken:
      'Up to about 18,000 customers installed the tainted update; nine federal ' +
      'agencies and about 100 companies were compromised, the White House ' +
      'said in February 2021.',
    certainty: 'confirmed',
    sourceIds: [
      'solarwinds-2021-01-11-sunburst-findings',
      'wired-2023-05-02-solarwinds-untold-story',
      'zdnet-2020-12-08-fireeye-breach',
      'whitehouse-2021-02-17-neuberger-briefing',
    ],
  },
  {
    id: 'hafnium-proxylogon',
    name: 'Exchange ProxyLogon / HAFNIUM',
    shortName: 'Exchange / HAFNIUM',
    shortActor: 'HAFNIUM, China-based per Microsoft',
    actor:
      'HAFNIUM, which Microsoft says is China-based; the United States and ' +
      'its allies tied the campaign to hackers affiliated with China’s ' +
      'Ministry of State Security in July 2021',
    from: {
      when: 'January 6, 2021',
      what: 'The earliest exploitation Volexity, which found the attacks, has seen',
    },
    to: {
      when: 'January 2021',
      what: 'Volexity detects the exploitation; the exact day is not public',
    },
    dwell: null,
    otherMeasure: '55 days from first exploitation to the patch',
    dwellNote:
      'No access-to-detection figure: Volexity caught the attacks within ' +
      'weeks of the first, but the day is not public. The 55 days often ' +
      'quoted run from Jan. 6 to Microsoft’s patch and disclosure on ' +
      'March 2, 2021, which measures something else.',
    taken:
      'Mail from Exchange servers that organizations ran themselves, with ' +
      'web shells planted for later access; estimates of the number of ' +
      'victims vary widely.',
    certainty: 'confirmed',
    sourceIds: [
      'microsoft-2021-03-02-hafnium',
      'volexity-2021-03-02-exchange-zero-days',
      'whitehouse-2021-07-19-prc-cyber-attribution',
    ],
  },
  {
    id: 'storm-0558',
    name: 'Storm-0558 (this story)',
    shortName: 'Storm-0558 (this story)',
    shortActor: 'China-based, per Microsoft',
    actor:
      'China-based, according to Microsoft (moderate confidence); the Cyber ' +
      'Safety Review Board calls it PRC-affiliated; China denies involvement',
    from: {
      when: 'May 15, 2023, or earlier',
      what: 'First forged-token access to mail in the logs that survived',
    },
    to: {
      when: 'June 15 or 16, 2023',
      what: 'The State Department detects the intrusion; accounts differ on the day',
    },
    dwell: { low: 31, high: 32, approximate: false, openEnded: true },
    dwellNote:
      'May 15 to June 15 is 31 days; to June 16, 32. Both are minimums: ' +
      'the logs reached back only about 30 days, so access may have begun ' +
      'earlier. Detection did not end it: by Microsoft’s account the ' +
      'intruders read enterprise mail until it blocked the forged tokens on ' +
      'June 27.',
    taken:
      'Unclassified mail, including about 60,000 State Department emails, ' +
      'confirmed by the department (from 10 accounts, by a Senate aide’s ' +
      'account; the Review Board counts 13 State accounts read); mailboxes at ' +
      '22 enterprise organizations, by the board’s count (Microsoft said ' +
      'about 25), and 503 related personal accounts.',
    certainty: 'disputed',
    sourceIds: [
      'microsoft-2023-07-14-storm-0558-analysis',
      'csrb-2024-04-02-review',
      'state-2023-09-28-press-briefing',
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
    from: {
      when: 'Late November 2023',
      what: 'A password spray gets into an old, non-production test account',
    },
    to: {
      when: 'January 12, 2024',
      what: 'Microsoft detects the attack on its corporate systems',
    },
    dwell: { low: 43, high: 53, approximate: true },
    dwellNote:
      'Microsoft gives only “late November 2023” for the start, so the count ' +
      'runs from Nov. 20 and Nov. 30 to Jan. 12, 2024: about 43 to 53 days.',
    taken:
      "Emails and attachments from a very small share of Microsoft's " +
      'corporate mailboxes, among them senior leaders and security and ' +
      'legal staff; Microsoft later said the intruders used what they took ' +
      'to reach some of its source-code repositories and internal systems.',
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
    actor: 'China state-sponsored, according to Microsoft and U.S. and allied ' + 'agencies',
    from: {
      when: 'By early 2019',
      what:
        'Footholds in some victim networks at least five years before ' +
        'February 2024, per a U.S.-led advisory; Microsoft dates the ' +
        'activity it saw to mid-2021',
    },
    to: {
      when: 'Not public',
      what: 'When anyone first detected the group has not been published; ' + 'Microsoft disclosed it on May 24, 2023',
    },
    dwell: null,
    otherMeasure: 'at least five years of access to some networks',
    dwellNote:
      'No access-to-detection figure. The numbers often quoted measure ' +
      'other things: about 692 days from the mid-2021 activity Microsoft ' +
      'describes to its disclosure on May 24, 2023, and the “at least five ' +
      'years” the group kept access to some networks, per the February 2024 ' +
      'advisory.',
    taken:
      'Mainly footholds that could be used to disrupt U.S. critical ' +
      'infrastructure rather than bulk data, though credentials were taken.',
    certainty: 'confirmed',
    sourceIds: ['microsoft-2023-05-24-volt-typhoon', 'cisa-2024-02-07-aa24-038a'],
  },
  {
    id: 'salt-typhoon',
    name: 'Salt Typhoon (U.S. telecoms)',
    shortName: 'Salt Typhoon',
    shortActor: 'PRC-affiliated, per the FBI and CISA',
    actor: 'China (PRC-affiliated, according to the FBI and CISA)',
    from: { when: 'Unknown', what: 'When the intruders got in has not been established' },
    to: {
      when: 'Not public',
      what: 'When anyone first detected it is not public; the FBI and CISA first described the campaign in late October 2024, and more fully on Nov. 13',
    },
    dwell: null,
    dwellNote: 'No figure: the start is unknown, and no estimate of the intruders’ ' + 'time inside has been verified.',
    taken:
      'Customer call records, the private communications of a limited ' +
      'number of people mostly in government or politics, and copies of ' +
      'information subject to U.S. law-enforcement requests under court ' +
      'order, according to the FBI and CISA.',
    certainty: 'confirmed',
    sourceIds: ['fbi-cisa-2024-11-13-prc-telecom-statement'],
  },
] as const satisfies readonly Intrusion[];
