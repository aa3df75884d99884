/**
 * The event codes a record may use: CAMEO code, its Goldstein score and the suggested PLOVER type,
 * from ../shared/reference/event-coding.tsv. A record names the CAMEO code; the loader checks the
 * code is known here. Goldstein runs from -10 (most conflictual) to +10 (most cooperative).
 */
export interface CodebookEntry {
  readonly label: string;
  readonly goldstein: number;
  readonly plover: string;
}

export const CAMEO_CODEBOOK: Readonly<Record<string, CodebookEntry>> = {
  // 010 and 190 come from the full CAMEO/Goldstein tables (GDELT): the reference file has no code
  // for a plain statement or for combat, and the 1945 events need them.
  '010': { label: 'Make statement', goldstein: 0.0, plover: 'n/a' },
  '012': { label: 'Make pessimistic comment', goldstein: -0.4, plover: 'n/a' },
  '036': { label: 'Express intent to meet or negotiate', goldstein: 4.0, plover: 'AGREE' },
  '042': { label: 'Make a visit', goldstein: 1.9, plover: 'CONSULT:visit' },
  '043': { label: 'Host a visit', goldstein: 2.8, plover: 'CONSULT:visit' },
  '050': { label: 'Engage in diplomatic cooperation', goldstein: 3.5, plover: 'SUPPORT' },
  '057': { label: 'Sign formal agreement', goldstein: 8.0, plover: 'SUPPORT' },
  '111': { label: 'Criticize or denounce', goldstein: -2.0, plover: 'ACCUSE:disapprove' },
  '112': { label: 'Accuse', goldstein: -2.0, plover: 'ACCUSE:allege' },
  '114': { label: 'Complain officially', goldstein: -2.0, plover: 'ACCUSE:disapprove' },
  '138': { label: 'Threaten to use military force', goldstein: -7.0, plover: 'THREATEN:violence' },
  '150': { label: 'Demonstrate military or police power', goldstein: -7.2, plover: 'MOBILIZE:troops' },
  '154': { label: 'Mobilize or increase armed forces', goldstein: -7.2, plover: 'MOBILIZE:troops' },
  '160': { label: 'Reduce relations', goldstein: -4.0, plover: 'SANCTION' },
  '161': { label: 'Reduce or break diplomatic relations', goldstein: -4.0, plover: 'SANCTION:withdraw' },
  '162': { label: 'Reduce or stop aid', goldstein: -5.6, plover: 'SANCTION:discontinue' },
  '163': { label: 'Impose embargo, boycott, or sanctions', goldstein: -8.0, plover: 'SANCTION:discontinue' },
  '164': { label: 'Halt negotiations', goldstein: -7.0, plover: 'SANCTION:withdraw' },
  '190': { label: 'Use conventional military force', goldstein: -10.0, plover: 'FIGHT' },
  '192': { label: 'Occupy territory', goldstein: -9.5, plover: 'COERCE' },
};
