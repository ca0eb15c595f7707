import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import {
  ArrowRightIcon,
  ConsentIcon,
  DownloadIcon,
  EraseIcon,
  InfoIcon,
  LockIcon,
  LogIcon,
  NoCardIcon,
  PauseIcon,
  PersonIcon,
  PlayIcon,
  StopHandIcon,
} from '@/components/icons';

const container = 'mx-auto max-w-6xl px-4 sm:px-6 lg:px-8';
const primaryButton =
  'inline-flex items-center justify-center gap-2 rounded-lg bg-brand-700 px-5 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-800';
const secondaryButton =
  'inline-flex items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-5 py-3 text-base font-semibold text-slate-800 hover:border-slate-400 hover:bg-slate-50';
/** The article of the law, in small print under a plain-language explanation. */
const lawNote = 'text-sm text-slate-600';

const facts = ['time', 'free', 'code'] as const;
const rights = [
  { key: 'listen', Icon: PlayIcon },
  { key: 'copy', Icon: DownloadIcon },
  { key: 'erase', Icon: EraseIcon },
  { key: 'consent', Icon: ConsentIcon },
  { key: 'restrict', Icon: PauseIcon },
] as const;
const steps = ['phone', 'code', 'done'] as const;
const answers = ['time', 'free', 'reasons'] as const;
const safeguards = [
  { key: 'encrypted', Icon: LockIcon },
  { key: 'logged', Icon: LogIcon },
  { key: 'onlyYours', Icon: PersonIcon },
  { key: 'noScans', Icon: NoCardIcon },
] as const;

export default async function LandingPage() {
  const t = await getTranslations('landing');

  return (
    <>
      <section aria-labelledby="hero-title" className="border-b border-slate-200 bg-brand-50">
        <div className={`${container} grid gap-10 py-12 sm:py-16 lg:grid-cols-[minmax(0,1.5fr)_minmax(0,1fr)] lg:items-center lg:gap-16 lg:py-20`}>
          <div>
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t('hero.eyebrow')}</p>
            <h1 id="hero-title" className="mt-3 text-3xl font-semibold tracking-tight text-balance text-slate-900 sm:text-4xl lg:text-5xl lg:leading-tight">
              {t('hero.title')}
            </h1>
            <p className="mt-5 max-w-2xl text-lg leading-relaxed text-slate-700">{t('hero.lead')}</p>
            <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
              <Link href="/sign-in" className={primaryButton}>
                {t('hero.cta')}
                <ArrowRightIcon className="h-5 w-5" />
              </Link>
              <a href="#rights" className={secondaryButton}>
                {t('hero.secondary')}
              </a>
            </div>
            <p className="mt-4 text-sm text-slate-600">{t('hero.ctaNote')}</p>
          </div>

          <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
            <h2 id="facts-title" className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
              {t('facts.title')}
            </h2>
            <ul className="mt-4 divide-y divide-slate-200">
              {facts.map((fact) => (
                <li key={fact} className="py-4 first:pt-0 last:pb-0">
                  <p className="text-2xl font-semibold tracking-tight text-brand-800">{t(`facts.${fact}.value`)}</p>
                  <p className="mt-1 text-slate-800">{t(`facts.${fact}.label`)}</p>
                  <p className={`mt-1 ${lawNote}`}>{t(`facts.${fact}.note`)}</p>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <section id="rights" aria-labelledby="rights-title" className="scroll-mt-4 bg-white py-14 sm:py-20">
        <div className={container}>
          <div className="max-w-3xl">
            <h2 id="rights-title" className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
              {t('rights.title')}
            </h2>
            <p className="mt-4 text-lg leading-relaxed text-slate-700">{t('rights.intro')}</p>
          </div>
          <ul className="mt-10 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
            {rights.map(({ key, Icon }) => (
              <li key={key} className="flex flex-col rounded-xl border border-slate-200 bg-white p-6 shadow-xs">
                <span className="grid h-11 w-11 place-items-center rounded-lg bg-brand-50 text-brand-700">
                  <Icon className="h-6 w-6" />
                </span>
                <h3 className="mt-4 text-lg font-semibold text-slate-900">{t(`rights.items.${key}.title`)}</h3>
                <p className="mt-2 mb-4 leading-relaxed text-slate-700">{t(`rights.items.${key}.body`)}</p>
                <p className={`mt-auto border-t border-slate-100 pt-3 ${lawNote}`}>
                  {t(`rights.items.${key}.law`)}
                </p>
              </li>
            ))}
            <li className="flex flex-col rounded-xl bg-brand-50 p-6">
              <span className="grid h-11 w-11 place-items-center rounded-lg bg-white text-brand-700">
                <InfoIcon className="h-6 w-6" />
              </span>
              <h3 className="mt-4 text-lg font-semibold text-slate-900">{t('rights.more.title')}</h3>
              <p className="mt-2 leading-relaxed text-slate-700">{t('rights.more.body')}</p>
              <p className="mt-4">
                <Link href="/how-we-record" className="inline-flex items-center gap-1.5 rounded font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-950">
                  {t('rights.more.link')}
                  <ArrowRightIcon className="h-4 w-4" />
                </Link>
              </p>
            </li>
          </ul>

          {/* Art. 21(4): the right to object is shown clearly and apart from the others. */}
          <section
            aria-labelledby="objection-title"
            className="mt-12 rounded-2xl border-2 border-brand-700 bg-white p-5 sm:p-10"
          >
            <div className="flex flex-col gap-6 md:flex-row md:gap-10">
              <span className="grid h-14 w-14 shrink-0 place-items-center rounded-xl bg-brand-700 text-white">
                <StopHandIcon className="h-8 w-8" />
              </span>
              <div className="max-w-3xl">
                <h2 id="objection-title" className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
                  {t('objection.title')}
                </h2>
                <p className="mt-4 leading-relaxed text-slate-800 sm:text-lg">{t('objection.body')}</p>
                <p className="mt-3 leading-relaxed text-slate-700">{t('objection.whileDeciding')}</p>
                <p className={`mt-4 ${lawNote}`}>{t('objection.law')}</p>
                <p className="mt-6">
                  <Link href="/sign-in" className={primaryButton}>
                    {t('objection.cta')}
                    <ArrowRightIcon className="h-5 w-5" />
                  </Link>
                </p>
              </div>
            </div>
          </section>
        </div>
      </section>

      <section aria-labelledby="steps-title" className="border-y border-slate-200 bg-slate-50 py-14 sm:py-20">
        <div className={container}>
          <div className="max-w-3xl">
            <h2 id="steps-title" className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
              {t('steps.title')}
            </h2>
            <p className="mt-4 text-lg leading-relaxed text-slate-700">{t('steps.intro')}</p>
          </div>
          <ol className="mt-10 grid gap-5 md:grid-cols-3">
            {steps.map((step, index) => (
              <li key={step} className="rounded-xl border border-slate-200 bg-white p-6">
                <span aria-hidden="true" className="grid h-10 w-10 place-items-center rounded-full bg-brand-700 text-lg font-semibold text-white">
                  {index + 1}
                </span>
                <h3 className="mt-4 text-lg font-semibold text-slate-900">{t(`steps.${step}.title`)}</h3>
                <p className="mt-2 leading-relaxed text-slate-700">{t(`steps.${step}.body`)}</p>
              </li>
            ))}
          </ol>
          <p className="mt-8">
            <Link href="/sign-in" className={primaryButton}>
              {t('steps.cta')}
              <ArrowRightIcon className="h-5 w-5" />
            </Link>
          </p>
        </div>
      </section>

      <section aria-labelledby="answers-title" className="bg-white py-14 sm:py-20">
        <div className={container}>
          <h2 id="answers-title" className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
            {t('answers.title')}
          </h2>
          <ul className="mt-10 grid gap-8 md:grid-cols-3">
            {answers.map((answer) => (
              <li key={answer} className="border-l-4 border-brand-600 pl-5">
                <h3 className="text-lg font-semibold text-slate-900">{t(`answers.${answer}.title`)}</h3>
                <p className="mt-2 leading-relaxed text-slate-700">{t(`answers.${answer}.body`)}</p>
                <p className={`mt-3 ${lawNote}`}>{t(`answers.${answer}.law`)}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="privacy-title" className="border-t border-slate-200 bg-brand-50 py-14 sm:py-20">
        <div className={container}>
          <h2 id="privacy-title" className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
            {t('privacy.title')}
          </h2>
          <ul className="mt-10 grid gap-5 sm:grid-cols-2">
            {safeguards.map(({ key, Icon }) => (
              <li key={key} className="flex gap-4 rounded-xl bg-white p-6 shadow-xs">
                <span className="grid h-11 w-11 shrink-0 place-items-center rounded-lg bg-brand-700 text-white">
                  <Icon className="h-6 w-6" />
                </span>
                <div>
                  <h3 className="text-lg font-semibold text-slate-900">{t(`privacy.${key}.title`)}</h3>
                  <p className="mt-1.5 leading-relaxed text-slate-700">{t(`privacy.${key}.body`)}</p>
                </div>
              </li>
            ))}
          </ul>
        </div>
      </section>
    </>
  );
}
