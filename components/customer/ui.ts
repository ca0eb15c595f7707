/** The customer pages' shared look, matching the landing page: calm teal, rounded cards. */
export const container = 'mx-auto w-full max-w-6xl px-4 sm:px-6 lg:px-8';
export const card = 'rounded-2xl border border-slate-200 bg-white p-5 shadow-xs sm:p-6';
export const primaryButton =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-brand-700 px-5 py-2.5 text-base font-semibold text-white shadow-sm hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60';
export const secondaryButton =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-5 py-2.5 text-base font-semibold text-slate-800 hover:border-slate-400 hover:bg-slate-50';
export const textLink = 'rounded font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-950';
/** The article of the law, in small print under a plain-language explanation. */
export const lawNote = 'text-sm text-slate-600';
export const sectionTitle = 'text-xl font-semibold tracking-tight text-slate-900 sm:text-2xl';
export const fieldLabel = 'block font-semibold text-slate-900';
export const fieldHint = 'mt-1 text-sm text-slate-600';
export const fieldError = 'mt-1 text-sm font-medium text-red-800';
export const input =
  'mt-2 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';
export const tableWrap = 'overflow-x-auto rounded-xl border border-slate-200 bg-white';
export const table = 'w-full min-w-[36rem] border-collapse text-left text-sm';
export const th = 'border-b border-slate-200 bg-slate-50 px-4 py-3 font-semibold text-slate-700';
export const td = 'border-b border-slate-100 px-4 py-3 align-top text-slate-800';
