import type { ErrorCode } from '@/lib/errors';

/** Title and detail of each problem type in both languages the portal speaks. */
const texts: Record<ErrorCode, Record<'pl' | 'en', { title: string; detail: string }>> = {
  validation_failed: {
    en: { title: 'Invalid input', detail: 'Some fields are missing or invalid; see errors for each one.' },
    pl: { title: 'Nieprawidłowe dane', detail: 'Niektóre pola są puste lub nieprawidłowe; szczegóły podaje lista errors.' },
  },
  unauthenticated: {
    en: { title: 'Not signed in', detail: 'Credentials are missing, invalid or expired.' },
    pl: { title: 'Brak zalogowania', detail: 'Brak danych uwierzytelniających albo są nieprawidłowe lub wygasły.' },
  },
  reverification_required: {
    en: { title: 'Verification required', detail: 'Confirm your identity again with a new one-time code to continue.' },
    pl: { title: 'Wymagana ponowna weryfikacja', detail: 'Aby kontynuować, potwierdź tożsamość nowym kodem jednorazowym.' },
  },
  forbidden: {
    en: { title: 'Not allowed', detail: 'You are signed in but not allowed to do this.' },
    pl: { title: 'Brak uprawnień', detail: 'Jesteś zalogowany, ale nie masz uprawnień do tej czynności.' },
  },
  not_found: {
    en: { title: 'Not found', detail: 'There is nothing here, or it is not yours.' },
    pl: { title: 'Nie znaleziono', detail: 'Nie ma tu niczego albo nie należy to do Ciebie.' },
  },
  method_not_allowed: {
    en: { title: 'Method not allowed', detail: 'This address does not accept that HTTP method.' },
    pl: { title: 'Niedozwolona metoda', detail: 'Ten adres nie obsługuje tej metody HTTP.' },
  },
  conflict: {
    en: { title: 'Conflict', detail: 'This conflicts with the current state of the resource.' },
    pl: { title: 'Konflikt', detail: 'Żądanie jest sprzeczne z obecnym stanem zasobu.' },
  },
  gone: {
    en: { title: 'Gone', detail: 'This no longer exists: it was erased or has expired.' },
    pl: { title: 'Usunięto', detail: 'To już nie istnieje: zostało usunięte albo wygasło.' },
  },
  payload_too_large: {
    en: { title: 'Too large', detail: 'The request body is larger than this portal accepts.' },
    pl: { title: 'Za duże', detail: 'Treść żądania jest większa, niż portal przyjmuje.' },
  },
  unsupported_media_type: {
    en: { title: 'Unsupported media type', detail: 'The content is not of a type this address accepts.' },
    pl: { title: 'Nieobsługiwany typ danych', detail: 'Przesłana treść nie jest typu, który ten adres przyjmuje.' },
  },
  range_not_satisfiable: {
    en: { title: 'Range not satisfiable', detail: 'The requested byte range lies outside the file.' },
    pl: { title: 'Nieprawidłowy zakres', detail: 'Żądany zakres bajtów wykracza poza plik.' },
  },
  rate_limited: {
    en: { title: 'Too many requests', detail: 'Too many attempts; try again after the time in Retry-After.' },
    pl: { title: 'Zbyt wiele prób', detail: 'Zbyt wiele prób; spróbuj ponownie po czasie podanym w Retry-After.' },
  },
  unavailable: {
    en: { title: 'Unavailable', detail: 'The portal cannot serve this right now; try again shortly.' },
    pl: { title: 'Niedostępne', detail: 'Portal nie może teraz tego obsłużyć; spróbuj za chwilę.' },
  },
  internal: {
    en: { title: 'Internal error', detail: 'Something went wrong on our side; nothing was changed. Try again.' },
    pl: { title: 'Błąd wewnętrzny', detail: 'Coś poszło nie tak po naszej stronie; nic nie zostało zmienione. Spróbuj ponownie.' },
  },
};

export function problemText(code: ErrorCode, language: 'pl' | 'en') {
  return texts[code][language];
}
