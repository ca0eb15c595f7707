import type { LegalBasis, Purpose } from '@/generated/prisma/client';
import type { LocalizedText } from './schema';

/**
 * What a fresh install shows in the record of processing (Art. 30) and on /how-we-record,
 * until an admin edits it. Retention lives in lib/retention/policies.ts. List fields hold one
 * item a line, which is also how the editor shows them.
 */
export interface PurposeDefaults {
  legalBases: LegalBasis[];
  description: LocalizedText;
  dataCategories: LocalizedText;
  recipientsText: LocalizedText;
  securityMeasures: LocalizedText;
}

const dataCategories: LocalizedText = {
  pl: [
    'nagranie głosu (Twojego i konsultanta)',
    'numer telefonu, data, godzina i czas trwania rozmowy',
    'treść rozmowy i jej transkrypcja',
    'dane, które podasz w rozmowie (np. imię i nazwisko, numer umowy)',
  ].join('\n'),
  en: [
    'the voice recording (yours and the agent\'s)',
    'phone number, date, time and duration of the call',
    'what was said, and its transcript',
    'data you give during the call (e.g. your name, contract number)',
  ].join('\n'),
};

const securityMeasures: LocalizedText = {
  pl: [
    'każde nagranie zaszyfrowane osobnym kluczem (AES-256-GCM); usunięcie klucza trwale niszczy nagranie',
    'dostęp tylko dla pracowników, których rola tego wymaga (zasada najmniejszych uprawnień)',
    'logowanie pracowników hasłem i drugim składnikiem (kod z aplikacji uwierzytelniającej)',
    'każde odsłuchanie, pobranie i usunięcie zapisane w dzienniku zdarzeń, którego nie da się niepostrzeżenie zmienić',
    'automatyczne usuwanie nagrań po upływie okresu przechowywania',
    'umowy powierzenia z każdym podmiotem przetwarzającym (art. 28 RODO)',
  ].join('\n'),
  en: [
    'each recording encrypted with its own key (AES-256-GCM); destroying the key destroys the recording for good',
    'access only for staff whose role needs it (least privilege)',
    'staff sign in with a password and a second factor (a code from an authenticator app)',
    'every playback, download and erasure written to an audit log that cannot be changed unnoticed',
    'recordings deleted automatically when their retention period ends',
    'a data processing agreement with every processor (GDPR Art. 28)',
  ].join('\n'),
};

export const defaultProcessingRecord: Record<Purpose, PurposeDefaults> = {
  quality: {
    legalBases: ['consent'],
    description: {
      pl: 'Odsłuchujemy wybrane rozmowy, aby sprawdzić, czy konsultanci rzetelnie i uprzejmie odpowiadają na pytania, i poprawiać obsługę.',
      en: 'We listen to selected calls to check that agents answer questions correctly and courteously, and to improve our service.',
    },
    dataCategories,
    recipientsText: {
      pl: 'zespół kontroli jakości\nzewnętrzna firma oceniająca jakość obsługi (podmiot przetwarzający)\nfirma transkrypcyjna (podmiot przetwarzający)',
      en: 'the quality assurance team\nan external quality review company (processor)\na transcription company (processor)',
    },
    securityMeasures,
  },
  training: {
    legalBases: ['consent'],
    description: {
      pl: 'Wybrane nagrania, za Twoją zgodą, służą do szkolenia nowych konsultantów na prawdziwych przykładach rozmów.',
      en: 'With your consent, selected recordings are used to train new agents on real examples of calls.',
    },
    dataCategories,
    recipientsText: {
      pl: 'trenerzy i osoby szkolone w naszym dziale obsługi klienta\nfirma transkrypcyjna (podmiot przetwarzający)',
      en: 'trainers and trainees in our customer service department\na transcription company (processor)',
    },
    securityMeasures,
  },
  contract: {
    legalBases: ['contract'],
    description: {
      pl: 'Nagranie potwierdza, co uzgodniliśmy przez telefon: zawarcie, zmianę lub wypowiedzenie umowy i złożone dyspozycje.',
      en: 'The recording shows what we agreed by phone: concluding, changing or ending a contract, and the instructions you gave.',
    },
    dataCategories,
    recipientsText: {
      pl: 'dział obsługi umów\nfirma transkrypcyjna (podmiot przetwarzający)\nsąd lub inny organ, jeśli dojdzie do sporu',
      en: 'the contracts department\na transcription company (processor)\na court or other authority if there is a dispute',
    },
    securityMeasures,
  },
  legal_evidence: {
    legalBases: ['legal_obligation'],
    description: {
      pl: 'Przepisy nakazują nam nagrywać i przechowywać niektóre rozmowy, np. przyjęcie zlecenia inwestycyjnego (MiFID II).',
      en: 'The law requires us to record and keep certain calls, e.g. when we take an investment order (MiFID II).',
    },
    dataCategories,
    recipientsText: {
      pl: 'dział zgodności (compliance)\nfirma archiwizująca nagrania (podmiot przetwarzający)\nKomisja Nadzoru Finansowego i inne organy, gdy żądają tego przepisy',
      en: 'the compliance department\na recording archive company (processor)\nthe Polish Financial Supervision Authority and other authorities where the law requires',
    },
    securityMeasures,
  },
  security: {
    legalBases: ['legitimate_interest'],
    description: {
      pl: 'Nagrania pomagają wykrywać próby oszustwa i podszywania się pod klientów oraz chronić Twoje konto. To nasz prawnie uzasadniony interes: możesz się mu sprzeciwić.',
      en: 'Recordings help us detect fraud and people pretending to be our customers, and protect your account. This is our legitimate interest: you may object to it.',
    },
    dataCategories,
    recipientsText: {
      pl: 'zespół bezpieczeństwa\nPolicja i prokuratura, jeśli zgłosimy przestępstwo',
      en: 'the security team\nthe police and prosecutors if we report a crime',
    },
    securityMeasures,
  },
};
