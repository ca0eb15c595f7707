/** The frame of every sign-in step: a narrow card with the step's heading and lead text. */
export function SignInCard({ title, lead, children }: { title: string; lead: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-lg px-4 py-12 sm:py-16">
      <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{title}</h1>
        <div className="mt-3 text-base text-slate-700">{lead}</div>
        <div className="mt-8">{children}</div>
      </div>
    </div>
  );
}
