/** Shared look of the sign-in forms, so the three steps read as one flow. */
export const inputClass =
  'mt-1 block w-full rounded-lg border border-slate-400 bg-white px-3 py-3 text-lg text-slate-900 shadow-sm focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700 aria-[invalid=true]:border-red-700';
export const labelClass = 'block text-base font-semibold text-slate-900';
export const hintClass = 'mt-1 text-sm text-slate-600';
export const fieldErrorClass = 'mt-1 text-sm font-medium text-red-800';
export const submitClass =
  'inline-flex w-full items-center justify-center rounded-lg bg-brand-700 px-5 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-800 disabled:opacity-60 sm:w-auto';
export const alertClass = 'rounded-lg border border-red-300 bg-red-50 p-4 text-base text-red-900';
