/**
 * Demo call-centre dialogues (Polish) used for the demo call recordings.
 *
 * This module is the single source of truth for the demo recordings:
 * `scripts/make-demo-audio.ts` synthesises every dialogue below with espeak-ng
 * into `prisma/demo/audio/<id>.wav` (8 kHz, mono, 16-bit PCM) and writes the
 * time-aligned transcripts to `prisma/demo/transcripts.json`. The demo seed reads
 * those committed files together with the metadata exported here; it never runs
 * espeak itself.
 *
 * If you edit a dialogue's `turns`, re-run `npx tsx scripts/make-demo-audio.ts`
 * and commit the regenerated WAV files and transcripts.json. Metadata-only edits
 * (topic, purposes, legal basis, …) do not require regenerating audio.
 *
 * All names are fictional. Every dialogue pairs a female and a male voice so the
 * two speakers are easy to tell apart, and the Polish grammatical gender in the
 * text (chciałbym/chciałabym, pan/pani, zmieniłam/sprawdziłem) matches the voice.
 */

export type DemoSpeaker = 'agent' | 'customer';

export type DemoRecordingPurpose = 'quality' | 'training' | 'contract' | 'legal_evidence' | 'security';

export type DemoLegalBasis = 'consent' | 'legitimate_interest' | 'contract' | 'legal_obligation';

export type DemoCallDirection = 'inbound' | 'outbound';

export type DemoSector = 'telecom' | 'bank' | 'insurer';

/** Grammatical gender of a speaker; also selects the synthetic voice. */
export type DemoVoiceGender = 'female' | 'male';

export interface DemoTurn {
  speaker: DemoSpeaker;
  /** Exactly what is spoken; numbers are written out as words so the audio matches the text. */
  text: string;
}

export interface DemoDialogue {
  /** kebab-case, unique; also the audio file name (`prisma/demo/audio/<id>.wav`). */
  id: string;
  /** Which kind of organisation the call belongs to. */
  sector: DemoSector;
  topic: { pl: string; en: string };
  /** Agent as shown to the data subject: first name + surname initial. */
  agentName: string;
  agentGender: DemoVoiceGender;
  customerGender: DemoVoiceGender;
  purposes: readonly DemoRecordingPurpose[];
  legalBasis: DemoLegalBasis;
  direction: DemoCallDirection;
  turns: readonly DemoTurn[];
}

/** One transcript segment; times are milliseconds from the start of the WAV file. */
export interface DemoTranscriptSegment {
  startMs: number;
  endMs: number;
  speaker: DemoSpeaker;
  text: string;
}

export interface DemoTranscript {
  /** Exact length of the WAV file in seconds (millisecond precision). */
  durationSeconds: number;
  segments: DemoTranscriptSegment[];
}

/** Shape of `prisma/demo/transcripts.json`, keyed by dialogue id. */
export type DemoTranscripts = Record<string, DemoTranscript>;

export const demoDialogues: readonly DemoDialogue[] = [
  // ─── Telecom ────────────────────────────────────────────────────────────────
  {
    id: 'zmiana-taryfy',
    sector: 'telecom',
    topic: { pl: 'Zmiana taryfy', en: 'Tariff change' },
    agentName: 'Anna K.',
    agentGender: 'female',
    customerGender: 'male',
    purposes: ['contract'],
    legalBasis: 'contract',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, nazywam się Anna, w czym mogę pomóc?' },
      { speaker: 'customer', text: 'Chciałbym przejść na tańszy abonament.' },
      { speaker: 'agent', text: 'Proponuję plan za czterdzieści złotych, od przyszłego miesiąca.' },
      { speaker: 'customer', text: 'Dobrze, biorę.' },
    ],
  },
  {
    id: 'pytanie-o-fakture',
    sector: 'telecom',
    topic: { pl: 'Pytanie o fakturę', en: 'Invoice question' },
    agentName: 'Piotr W.',
    agentGender: 'male',
    customerGender: 'female',
    purposes: ['quality', 'training'],
    legalBasis: 'consent',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, Piotr z tej strony. Rozmowa jest nagrywana.' },
      { speaker: 'customer', text: 'Na fakturze mam dodatkową opłatę i nie wiem, za co.' },
      { speaker: 'agent', text: 'To usługa premium. Mogę ją wyłączyć i zwrócić opłatę.' },
      { speaker: 'customer', text: 'Poproszę, dziękuję.' },
    ],
  },
  {
    id: 'roaming-za-granica',
    sector: 'telecom',
    topic: { pl: 'Roaming za granicą', en: 'Roaming abroad' },
    agentName: 'Katarzyna M.',
    agentGender: 'female',
    customerGender: 'male',
    purposes: ['quality', 'training'],
    legalBasis: 'consent',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, Katarzyna, w czym mogę pomóc?' },
      { speaker: 'customer', text: 'Jadę do Norwegii. Czy roaming będzie działał?' },
      { speaker: 'agent', text: 'Tak, w Norwegii płaci pan jak w kraju. Roaming jest włączony.' },
      { speaker: 'customer', text: 'Świetnie, dziękuję.' },
    ],
  },
  {
    id: 'przeniesienie-internetu',
    sector: 'telecom',
    topic: { pl: 'Przeniesienie internetu pod nowy adres', en: 'Moving home internet' },
    agentName: 'Marek N.',
    agentGender: 'male',
    customerGender: 'female',
    purposes: ['contract'],
    legalBasis: 'contract',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, nazywam się Marek, w czym mogę pomóc?' },
      { speaker: 'customer', text: 'Przeprowadzam się i chcę przenieść internet.' },
      { speaker: 'agent', text: 'Pod nowym adresem jest światłowód. Technik przyjedzie w piątek.' },
      { speaker: 'customer', text: 'Piątek mi pasuje.' },
    ],
  },
  {
    id: 'przeniesienie-numeru',
    sector: 'telecom',
    topic: { pl: 'Przeniesienie numeru', en: 'Porting a number' },
    agentName: 'Ewa S.',
    agentGender: 'female',
    customerGender: 'male',
    purposes: ['contract'],
    legalBasis: 'contract',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, Ewa, słucham?' },
      { speaker: 'customer', text: 'Chcę przenieść do was numer od innego operatora.' },
      { speaker: 'agent', text: 'Oczywiście. Przeniesienie potrwa jeden dzień roboczy.' },
      { speaker: 'customer', text: 'To poproszę.' },
    ],
  },
  {
    id: 'wypowiedzenie-umowy',
    sector: 'telecom',
    topic: { pl: 'Wypowiedzenie umowy', en: 'Contract termination' },
    agentName: 'Tomasz L.',
    agentGender: 'male',
    customerGender: 'female',
    purposes: ['contract', 'legal_evidence'],
    legalBasis: 'contract',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, Tomasz, w czym mogę pomóc?' },
      { speaker: 'customer', text: 'Chciałabym wypowiedzieć umowę na telefon.' },
      { speaker: 'agent', text: 'Umowa kończy się w marcu, więc bez opłat. Przyjąłem wypowiedzenie.' },
      { speaker: 'customer', text: 'Dziękuję, do widzenia.' },
    ],
  },
  {
    id: 'reklamacja-internetu',
    sector: 'telecom',
    topic: { pl: 'Reklamacja: brak internetu', en: 'Complaint: internet outage' },
    agentName: 'Anna K.',
    agentGender: 'female',
    customerGender: 'male',
    purposes: ['quality', 'training'],
    legalBasis: 'consent',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, nazywam się Anna. Rozmowa jest nagrywana.' },
      { speaker: 'customer', text: 'Składam reklamację. Od trzech dni nie mam internetu.' },
      { speaker: 'agent', text: 'Przyjmuję reklamację. Odpowiedź dostanie pan na piśmie.' },
      { speaker: 'customer', text: 'Dobrze, dziękuję.' },
    ],
  },
  {
    id: 'oferta-utrzymaniowa',
    sector: 'telecom',
    topic: { pl: 'Oferta przedłużenia umowy', en: 'Retention offer' },
    agentName: 'Piotr W.',
    agentGender: 'male',
    customerGender: 'female',
    purposes: ['quality'],
    legalBasis: 'consent',
    direction: 'outbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, tu Piotr. Dzwonię, bo kończy się pani umowa.' },
      { speaker: 'customer', text: 'Tak, myślę o zmianie operatora.' },
      { speaker: 'agent', text: 'Mamy dla pani dwadzieścia procent rabatu na dwa lata.' },
      { speaker: 'customer', text: 'Proszę przesłać ofertę.' },
    ],
  },
  {
    id: 'blokada-karty-sim',
    sector: 'telecom',
    topic: { pl: 'Blokada karty SIM', en: 'Blocking a SIM card' },
    agentName: 'Katarzyna M.',
    agentGender: 'female',
    customerGender: 'male',
    purposes: ['security'],
    legalBasis: 'legitimate_interest',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, Katarzyna, w czym mogę pomóc?' },
      { speaker: 'customer', text: 'Zgubiłem telefon. Proszę zablokować kartę.' },
      { speaker: 'agent', text: 'Karta jest zablokowana. Duplikat odbierze pan w salonie.' },
      { speaker: 'customer', text: 'Dziękuję bardzo.' },
    ],
  },
  {
    id: 'termin-platnosci',
    sector: 'telecom',
    topic: { pl: 'Termin płatności faktury', en: 'Payment deadline' },
    agentName: 'Anna K.',
    agentGender: 'female',
    customerGender: 'male',
    purposes: ['contract'],
    legalBasis: 'contract',
    direction: 'outbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, tu Anna. Przypominam o zaległej fakturze.' },
      { speaker: 'customer', text: 'Zapomniałem. Do kiedy mam zapłacić?' },
      { speaker: 'agent', text: 'Do piątku, wtedy usługi nie zostaną ograniczone.' },
      { speaker: 'customer', text: 'Zapłacę jeszcze dziś.' },
    ],
  },

  // ─── Bank ───────────────────────────────────────────────────────────────────
  {
    id: 'zastrzezenie-karty',
    sector: 'bank',
    topic: { pl: 'Zastrzeżenie karty płatniczej', en: 'Blocking a payment card' },
    agentName: 'Marek N.',
    agentGender: 'male',
    customerGender: 'female',
    purposes: ['security'],
    legalBasis: 'legitimate_interest',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, Marek. Rozmowa jest nagrywana. Słucham?' },
      { speaker: 'customer', text: 'Ukradziono mi portfel. Chcę zastrzec kartę.' },
      { speaker: 'agent', text: 'Karta jest zastrzeżona. Nową wyślemy pocztą.' },
      { speaker: 'customer', text: 'Dziękuję.' },
    ],
  },
  {
    id: 'podejrzana-transakcja',
    sector: 'bank',
    topic: { pl: 'Podejrzana transakcja', en: 'Suspicious transaction' },
    agentName: 'Ewa S.',
    agentGender: 'female',
    customerGender: 'male',
    purposes: ['security', 'legal_evidence'],
    legalBasis: 'legitimate_interest',
    direction: 'outbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, tu Ewa z banku. Czy zlecał pan dziś przelew na cztery tysiące?' },
      { speaker: 'customer', text: 'Nie, nic takiego nie robiłem.' },
      { speaker: 'agent', text: 'Wstrzymaliśmy przelew. Proszę zmienić hasło.' },
      { speaker: 'customer', text: 'Rozumiem, dziękuję.' },
    ],
  },
  {
    id: 'rata-kredytu',
    sector: 'bank',
    topic: { pl: 'Termin raty kredytu', en: 'Loan instalment date' },
    agentName: 'Tomasz L.',
    agentGender: 'male',
    customerGender: 'female',
    purposes: ['contract'],
    legalBasis: 'contract',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, nazywam się Tomasz, w czym mogę pomóc?' },
      { speaker: 'customer', text: 'Chciałabym przesunąć termin raty kredytu.' },
      { speaker: 'agent', text: 'Możemy przenieść ratę na dwudziesty dzień miesiąca.' },
      { speaker: 'customer', text: 'Świetnie, tak zróbmy.' },
    ],
  },
  {
    id: 'zlecenie-kupna-akcji',
    sector: 'bank',
    topic: { pl: 'Zlecenie kupna akcji', en: 'Share purchase order' },
    agentName: 'Piotr W.',
    agentGender: 'male',
    customerGender: 'female',
    purposes: ['legal_evidence'],
    legalBasis: 'legal_obligation',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dom maklerski, Piotr. Rozmowa jest nagrywana.' },
      { speaker: 'customer', text: 'Chcę kupić sto akcji spółki Alfa po cenie rynkowej.' },
      { speaker: 'agent', text: 'Potwierdzam kupno stu akcji po cenie rynkowej. Zatwierdza pani?' },
      { speaker: 'customer', text: 'Tak, zatwierdzam.' },
    ],
  },
  {
    id: 'umorzenie-funduszu',
    sector: 'bank',
    topic: { pl: 'Umorzenie jednostek funduszu', en: 'Fund redemption order' },
    agentName: 'Katarzyna M.',
    agentGender: 'female',
    customerGender: 'male',
    purposes: ['legal_evidence', 'contract'],
    legalBasis: 'legal_obligation',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, Katarzyna. Rozmowa jest nagrywana.' },
      { speaker: 'customer', text: 'Chcę umorzyć wszystkie jednostki funduszu obligacji.' },
      { speaker: 'agent', text: 'Przyjmuję zlecenie. Środki wpłyną w ciągu trzech dni.' },
      { speaker: 'customer', text: 'Dobrze, potwierdzam.' },
    ],
  },
  {
    id: 'przelew-zagraniczny',
    sector: 'bank',
    topic: { pl: 'Koszt przelewu zagranicznego', en: 'Foreign transfer fee' },
    agentName: 'Marek N.',
    agentGender: 'male',
    customerGender: 'female',
    purposes: ['quality'],
    legalBasis: 'consent',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, Marek, słucham?' },
      { speaker: 'customer', text: 'Ile kosztuje przelew w euro do Niemiec?' },
      { speaker: 'agent', text: 'W aplikacji taki przelew jest bezpłatny.' },
      { speaker: 'customer', text: 'To dobrze, dziękuję.' },
    ],
  },
  {
    id: 'limit-karty',
    sector: 'bank',
    topic: { pl: 'Zmiana limitu karty', en: 'Card limit change' },
    agentName: 'Ewa S.',
    agentGender: 'female',
    customerGender: 'male',
    purposes: ['contract'],
    legalBasis: 'contract',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, nazywam się Ewa, w czym mogę pomóc?' },
      { speaker: 'customer', text: 'Chciałbym podnieść dzienny limit karty.' },
      { speaker: 'agent', text: 'Jaki limit pan proponuje?' },
      { speaker: 'customer', text: 'Pięć tysięcy złotych.' },
      { speaker: 'agent', text: 'Zmieniłam limit, obowiązuje od teraz.' },
    ],
  },
  {
    id: 'pytanie-o-dane',
    sector: 'bank',
    topic: { pl: 'Pytanie o przetwarzane dane', en: 'Question about personal data' },
    agentName: 'Tomasz L.',
    agentGender: 'male',
    customerGender: 'female',
    purposes: ['legal_evidence'],
    legalBasis: 'legitimate_interest',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, Tomasz, w czym mogę pomóc?' },
      { speaker: 'customer', text: 'Jakie moje dane przetwarzacie? Czy nagrywacie rozmowy?' },
      { speaker: 'agent', text: 'Tak. Kopię danych i nagrań pobierze pani w portalu Wgląd.' },
      { speaker: 'customer', text: 'Dziękuję, zaraz sprawdzę.' },
    ],
  },

  // ─── Insurer ────────────────────────────────────────────────────────────────
  {
    id: 'szkoda-komunikacyjna',
    sector: 'insurer',
    topic: { pl: 'Zgłoszenie szkody komunikacyjnej', en: 'Car insurance claim' },
    agentName: 'Anna K.',
    agentGender: 'female',
    customerGender: 'male',
    purposes: ['contract', 'legal_evidence'],
    legalBasis: 'contract',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, Anna. Rozmowa jest nagrywana. Słucham?' },
      { speaker: 'customer', text: 'Ktoś uderzył w mój samochód na parkingu.' },
      { speaker: 'agent', text: 'Zgłoszenie przyjęte. Rzeczoznawca zadzwoni do pana jutro.' },
      { speaker: 'customer', text: 'Dobrze, czekam.' },
    ],
  },
  {
    id: 'wznowienie-polisy',
    sector: 'insurer',
    topic: { pl: 'Wznowienie polisy samochodowej', en: 'Car policy renewal' },
    agentName: 'Piotr W.',
    agentGender: 'male',
    customerGender: 'female',
    purposes: ['contract', 'quality'],
    legalBasis: 'contract',
    direction: 'outbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, tu Piotr. Pani polisa wygasa za dwa tygodnie.' },
      { speaker: 'customer', text: 'Pamiętam. Ile będzie kosztować nowa?' },
      { speaker: 'agent', text: 'Osiemset złotych rocznie, mniej niż w tym roku.' },
      { speaker: 'customer', text: 'Dobrze, przedłużam.' },
    ],
  },
  {
    id: 'zalanie-mieszkania',
    sector: 'insurer',
    topic: { pl: 'Zalanie mieszkania', en: 'Home water damage claim' },
    agentName: 'Katarzyna M.',
    agentGender: 'female',
    customerGender: 'male',
    purposes: ['quality', 'training'],
    legalBasis: 'consent',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, Katarzyna, słucham pana?' },
      { speaker: 'customer', text: 'Sąsiad mnie zalał. Mam ubezpieczone mieszkanie.' },
      { speaker: 'agent', text: 'Założyłam zgłoszenie. Proszę przesłać zdjęcia w aplikacji.' },
      { speaker: 'customer', text: 'Dziękuję, zaraz wyślę.' },
    ],
  },
  {
    id: 'reklamacja-odszkodowania',
    sector: 'insurer',
    topic: { pl: 'Reklamacja wysokości odszkodowania', en: 'Complaint about claim payout' },
    agentName: 'Marek N.',
    agentGender: 'male',
    customerGender: 'female',
    purposes: ['quality', 'training'],
    legalBasis: 'consent',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, nazywam się Marek, w czym mogę pomóc?' },
      { speaker: 'customer', text: 'Składam reklamację, odszkodowanie jest za niskie.' },
      { speaker: 'agent', text: 'Odpowiedź otrzyma pani w ciągu trzydziestu dni.' },
      { speaker: 'customer', text: 'Dobrze, czekam na pismo.' },
    ],
  },
  {
    id: 'ubezpieczenie-podrozne',
    sector: 'insurer',
    topic: { pl: 'Zakup ubezpieczenia podróżnego', en: 'Buying travel insurance' },
    agentName: 'Ewa S.',
    agentGender: 'female',
    customerGender: 'male',
    purposes: ['contract'],
    legalBasis: 'contract',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, Ewa, w czym mogę pomóc?' },
      { speaker: 'customer', text: 'Potrzebuję ubezpieczenia na narty we Włoszech.' },
      { speaker: 'agent', text: 'Na tydzień to dziewięćdziesiąt złotych. Wysłać link do płatności?' },
      { speaker: 'customer', text: 'Tak, poproszę.' },
    ],
  },
  {
    id: 'wycofanie-zgody-marketingowej',
    sector: 'insurer',
    topic: { pl: 'Wycofanie zgody marketingowej', en: 'Withdrawing marketing consent' },
    agentName: 'Tomasz L.',
    agentGender: 'male',
    customerGender: 'female',
    purposes: ['legal_evidence'],
    legalBasis: 'legitimate_interest',
    direction: 'inbound',
    turns: [
      { speaker: 'agent', text: 'Dzień dobry, Tomasz. Rozmowa jest nagrywana.' },
      { speaker: 'customer', text: 'Wycofuję zgodę na telefony z ofertami.' },
      { speaker: 'agent', text: 'Przyjąłem. Nie będziemy już dzwonić z ofertami.' },
      { speaker: 'customer', text: 'Dziękuję.' },
    ],
  },
];
