import { SiteShell } from '@/components/site-shell';

/** Pages anyone may see without signing in. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
