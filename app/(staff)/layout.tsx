import type { Metadata } from 'next';

/** The back office never belongs in a search engine or a shared cache. */
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function StaffRootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
