/**
 * The readable page of an access package (Art. 15(1) and 15(2)), in Polish and English: what
 * we hold, why, on what basis, who received it, how long we keep it, where it came from, and
 * the customer's rights, including the complaint to the Prezes UODO.
 */
export interface SummaryCall {
  id: string;
  fileName: string;
  startedAt: Date;
  durationSeconds: number;
  purposes: string[];
  legalBasis: string;
  retentionUntil: Date;
  recipients: string[];
  redacted: boolean;
}

export interface SummaryInput {
  customerName: string;
  customerNumber: string;
  generatedAt: Date;
  calls: SummaryCall[];
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const text = {
  pl: {
    title: 'Kopia Twoich nagranych rozmów',
    intro: 'Ten pakiet zawiera kopię nagrań Twoich rozmów z naszą infolinią wraz z informacjami, które przysługują Ci na podstawie art. 15 RODO.',
    held: 'Jakie dane przetwarzamy',
    heldText: 'Nagrania głosu (Twojego i konsultanta), ich transkrypcje, datę, godzinę, czas trwania i numer telefonu, a także historię Twoich zgód i wniosków.',
    purposes: { quality: 'kontrola jakości obsługi', training: 'szkolenie konsultantów', contract: 'zawarcie i wykonanie umowy', legal_evidence: 'dowód dla celów prawnych', security: 'bezpieczeństwo i zapobieganie nadużyciom' } as Record<string, string>,
    bases: { consent: 'Twoja zgoda (art. 6 ust. 1 lit. a RODO)', contract: 'umowa (art. 6 ust. 1 lit. b)', legal_obligation: 'obowiązek prawny (art. 6 ust. 1 lit. c)', legitimate_interest: 'prawnie uzasadniony interes (art. 6 ust. 1 lit. f)' } as Record<string, string>,
    table: ['Plik', 'Data', 'Czas', 'Cele', 'Podstawa prawna', 'Przechowujemy do', 'Odbiorcy'],
    noRecipients: 'brak',
    redacted: 'Część nagrania wyciszyliśmy, bo zawiera dane innej osoby (art. 15 ust. 4 RODO). To częściowa odmowa; możesz się od niej odwołać.',
    source: 'Źródło danych',
    sourceText: 'Nagrania pochodzą z naszego systemu telefonicznego, który zarejestrował rozmowy.',
    automated: 'Zautomatyzowane decyzje',
    automatedText: 'Nie podejmujemy wobec Ciebie decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu.',
    transfers: 'Przekazywanie poza EOG',
    transfersText: 'Nie przekazujemy nagrań poza Europejski Obszar Gospodarczy.',
    rights: 'Twoje prawa',
    rightsText: 'Masz prawo żądać sprostowania, usunięcia lub ograniczenia przetwarzania danych oraz wnieść sprzeciw wobec przetwarzania. Masz prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa, uodo.gov.pl).',
    files: 'Zawartość pakietu: nagrania w katalogu calls/, ich dane w calls.json i calls.csv, transkrypcje w transcripts/, historia zgód w consent-history.json, historia wniosków w requests.json oraz manifest.json z sumami kontrolnymi SHA-256.',
  },
  en: {
    title: 'A copy of your recorded calls',
    intro: 'This package holds a copy of the recordings of your calls with our helpline, with the information you are entitled to under Article 15 GDPR.',
    held: 'What data we process',
    heldText: 'Voice recordings (yours and the agent’s), their transcripts, date, time, duration and phone number, and the history of your consents and requests.',
    purposes: { quality: 'quality assurance', training: 'agent training', contract: 'entering into and performing the contract', legal_evidence: 'evidence for legal purposes', security: 'security and fraud prevention' } as Record<string, string>,
    bases: { consent: 'your consent (Art. 6(1)(a) GDPR)', contract: 'contract (Art. 6(1)(b))', legal_obligation: 'legal obligation (Art. 6(1)(c))', legitimate_interest: 'legitimate interest (Art. 6(1)(f))' } as Record<string, string>,
    table: ['File', 'Date', 'Duration', 'Purposes', 'Legal basis', 'Kept until', 'Recipients'],
    noRecipients: 'none',
    redacted: 'We silenced part of this recording because it holds another person’s data (Art. 15(4) GDPR). This is a partial refusal; you may challenge it.',
    source: 'Source of the data',
    sourceText: 'The recordings come from our telephone system, which recorded the calls.',
    automated: 'Automated decisions',
    automatedText: 'We take no decision about you based solely on automated processing, including profiling.',
    transfers: 'Transfers outside the EEA',
    transfersText: 'We do not transfer recordings outside the European Economic Area.',
    rights: 'Your rights',
    rightsText: 'You may ask for rectification, erasure or restriction of processing and object to processing. You may lodge a complaint with the President of the Personal Data Protection Office (Prezes UODO, ul. Stawki 2, 00-193 Warsaw, uodo.gov.pl).',
    files: 'Contents: the recordings in calls/, their data in calls.json and calls.csv, transcripts in transcripts/, your consent history in consent-history.json, your request history in requests.json, and manifest.json with a SHA-256 checksum of every file.',
  },
};

export function renderPackageSummary(language: 'pl' | 'en', input: SummaryInput): string {
  const t = text[language];
  const locale = language === 'pl' ? 'pl-PL' : 'en-GB';
  const date = (value: Date) => value.toLocaleString(locale, { timeZone: 'Europe/Warsaw', dateStyle: 'medium', timeStyle: 'short' });
  const day = (value: Date) => value.toLocaleDateString(locale, { timeZone: 'Europe/Warsaw', dateStyle: 'medium' });
  const rows = input.calls
    .map((call) => {
      const cells = [
        call.fileName,
        date(call.startedAt),
        `${Math.floor(call.durationSeconds / 60)}:${String(call.durationSeconds % 60).padStart(2, '0')}`,
        call.purposes.map((p) => t.purposes[p] ?? p).join(', '),
        t.bases[call.legalBasis] ?? call.legalBasis,
        day(call.retentionUntil),
        call.recipients.length ? call.recipients.join(', ') : t.noRecipients,
      ];
      return `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>${call.redacted ? `<tr><td colspan="7"><em>${escapeHtml(t.redacted)}</em></td></tr>` : ''}`;
    })
    .join('\n');
  const section = (heading: string, body: string) => `<h2>${escapeHtml(heading)}</h2><p>${escapeHtml(body)}</p>`;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(t.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0f172a;line-height:1.5}table{border-collapse:collapse;width:100%}th,td{border:1px solid #cbd5e1;padding:.4rem;text-align:left;vertical-align:top}th{background:#f1f5f9}</style>
</head><body>
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(input.customerName)} · ${escapeHtml(input.customerNumber)} · ${escapeHtml(date(input.generatedAt))}</p>
<p>${escapeHtml(t.intro)}</p>
${section(t.held, t.heldText)}
<table><thead><tr>${t.table.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>
${rows}
</tbody></table>
${section(t.source, t.sourceText)}
${section(t.automated, t.automatedText)}
${section(t.transfers, t.transfersText)}
${section(t.rights, t.rightsText)}
<p>${escapeHtml(t.files)}</p>
</body></html>
`;
}
