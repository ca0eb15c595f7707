/** The back office's shared look: the portal's teal and slate, denser than the customer pages. */
export const container = 'mx-auto w-full max-w-7xl px-4 sm:px-6';
export const card = 'rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5';
export const pageTitle = 'text-2xl font-semibold tracking-tight text-slate-900';
export const sectionTitle = 'text-lg font-semibold tracking-tight text-slate-900';
export const subTitle = 'text-base font-semibold text-slate-900';
export const primaryButton =
  'inline-flex min-h-10 items-center justify-center gap-2 rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-800 aria-disabled:cursor-wait aria-disabled:opacity-70';
export const secondaryButton =
  'inline-flex min-h-10 items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:border-slate-400 hover:bg-slate-50 aria-disabled:cursor-wait aria-disabled:opacity-70';
export const dangerButton =
  'inline-flex min-h-10 items-center justify-center gap-2 rounded-lg bg-red-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-800 aria-disabled:cursor-wait aria-disabled:opacity-70';
export const smallButton =
  'inline-flex min-h-8 items-center justify-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-semibold text-slate-800 hover:border-slate-400 hover:bg-slate-50 aria-disabled:cursor-wait aria-disabled:opacity-70';
export const textLink = 'rounded font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-950';
export const lawNote = 'text-sm text-slate-600';
export const fieldLabel = 'block text-sm font-semibold text-slate-900';
export const fieldHint = 'mt-0.5 text-sm text-slate-600';
export const fieldError = 'mt-1 text-sm font-medium text-red-800';
export const input =
  'mt-1 block min-h-10 w-full rounded-lg border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';
export const select = `${input} pr-8`;
export const checkbox = 'mt-0.5 h-4 w-4 shrink-0 rounded border-slate-400 accent-brand-700';
export const table = 'w-full border-collapse text-left text-sm';
export const th = 'border-b border-slate-200 bg-slate-50 px-3 py-2 text-xs font-semibold tracking-wide text-slate-700 uppercase';
export const td = 'border-b border-slate-100 px-3 py-2 align-top text-slate-800';
export const dt = 'text-xs font-semibold tracking-wide text-slate-600 uppercase';
export const dd = 'mt-0.5 text-sm text-slate-900';
