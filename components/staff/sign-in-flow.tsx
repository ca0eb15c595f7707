'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { EnrolmentActions, StaffSignInError } from './sign-in-types';
import { Notice } from '@/components/notice';
import { checkbox, fieldError, fieldHint, fieldLabel, primaryButton, secondaryButton, smallButton } from './ui';

type Step = 'credentials' | 'enrol' | 'recovery';
type Field = 'email' | 'password' | 'code' | 'enrolCode' | 'finalCode' | 'saved';
type Problem = 'emailInvalid' | 'passwordMissing' | 'codeFormat' | 'sixDigits' | 'codeWrong' | 'savedMissing';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const totpPattern = /^\d{6}$/;
const recoveryPattern = /^[0-9A-F]{5}-?[0-9A-F]{5}$/i;

const inputClass =
  'mt-1 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

/**
 * Staff sign-in (rule 10): e-mail, password and a TOTP code through next-auth. A first
 * sign-in has no second factor yet, so the same flow enrols one (QR and the key as text),
 * shows the recovery codes once, and then signs in with a fresh code.
 */
export function StaffSignInFlow({ actions, next }: { actions: EnrolmentActions; next: string }) {
  const t = useTranslations('staffSignIn');
  const router = useRouter();
  const [step, setStep] = useState<Step>('credentials');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [enrolCode, setEnrolCode] = useState('');
  const [finalCode, setFinalCode] = useState('');
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  const [enrolment, setEnrolment] = useState<{ secret: string; qrSrc: string } | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>([]);
  const [error, setError] = useState<StaffSignInError | null>(null);
  const [problems, setProblems] = useState<Partial<Record<Field, Problem>>>({});
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const stepChanged = useRef(false);

  // A new step: its heading takes focus, so a keyboard or screen-reader user starts there.
  useEffect(() => {
    if (!stepChanged.current) return;
    if (step === 'credentials') formRef.current?.querySelector<HTMLInputElement>('#email')?.focus();
    else headingRef.current?.focus();
  }, [step]);

  // A refused attempt: focus the first field in error, or the message.
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]')?.focus();
  }, [attempt]);

  function goTo(next: Step) {
    stepChanged.current = true;
    setProblems({});
    setError(null);
    setStep(next);
  }

  function refuse(nextProblems: Partial<Record<Field, Problem>>, nextError: StaffSignInError | null = null) {
    setProblems(nextProblems);
    setError(nextError);
    setAttempt((value) => value + 1);
  }

  async function signInWith(secondFactor: string): Promise<'ok' | 'enrolment_required' | StaffSignInError> {
    try {
      const result = await signIn('staff-password', { email: email.trim(), password, secondFactor, redirect: false });
      if (result?.ok && !result.error) return 'ok';
      if (result?.error === 'enrolment_required') return 'enrolment_required';
      if (result?.error === 'rate_limited') return 'rate_limited';
      if (result?.error === 'credentials_wrong' || result?.error === 'CredentialsSignin') return 'credentials_wrong';
      return 'internal';
    } catch {
      return 'internal';
    }
  }

  function enter() {
    router.replace(next);
    router.refresh();
  }

  function credentials(): FormData {
    const data = new FormData();
    data.set('email', email.trim());
    data.set('password', password);
    return data;
  }

  async function submitCredentials(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const factor = code.replace(/\s/g, '');
    const found: Partial<Record<Field, Problem>> = {};
    if (!emailPattern.test(email.trim())) found.email = 'emailInvalid';
    if (!password) found.password = 'passwordMissing';
    if (factor && !totpPattern.test(factor) && !recoveryPattern.test(factor)) found.code = 'codeFormat';
    if (Object.keys(found).length) return refuse(found);

    setPending(true);
    const outcome = await signInWith(factor);
    if (outcome === 'ok') return enter();
    if (outcome === 'enrolment_required') {
      const begun = await actions.begin(credentials()).catch(() => ({ ok: false as const, error: 'internal' as const }));
      setPending(false);
      if (!begun.ok) return refuse({}, begun.error);
      setEnrolment({ secret: begun.secret, qrSrc: begun.qrSrc });
      return goTo('enrol');
    }
    setPending(false);
    setPassword('');
    setCode('');
    refuse({}, outcome);
  }

  async function submitEnrolment(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const value = enrolCode.replace(/\s/g, '');
    if (!totpPattern.test(value)) return refuse({ enrolCode: 'sixDigits' });
    setPending(true);
    const data = credentials();
    data.set('code', value);
    const completed = await actions.complete(data).catch(() => ({ ok: false as const, error: 'internal' as const }));
    setPending(false);
    if (!completed.ok) {
      if (completed.error === 'code_wrong') {
        setEnrolCode('');
        return refuse({ enrolCode: 'codeWrong' });
      }
      return refuse({}, completed.error);
    }
    setRecoveryCodes(completed.recoveryCodes);
    goTo('recovery');
  }

  async function submitFinal(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const value = finalCode.replace(/\s/g, '');
    const found: Partial<Record<Field, Problem>> = {};
    if (!saved) found.saved = 'savedMissing';
    if (!totpPattern.test(value)) found.finalCode = 'sixDigits';
    if (Object.keys(found).length) return refuse(found);
    setPending(true);
    const outcome = await signInWith(value);
    if (outcome === 'ok') return enter();
    setPending(false);
    if (outcome === 'credentials_wrong') {
      setFinalCode('');
      return refuse({ finalCode: 'codeWrong' });
    }
    refuse({}, outcome === 'enrolment_required' ? 'session_lost' : outcome);
  }

  function restart() {
    setEnrolment(null);
    setRecoveryCodes([]);
    setPassword('');
    setEnrolCode('');
    setFinalCode('');
    setSaved(false);
    goTo('credentials');
  }

  async function copyCodes() {
    try {
      await navigator.clipboard.writeText(recoveryCodes.join('\n'));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  function downloadCodes() {
    const blob = new Blob([`${t('recovery.fileHeading', { email: email.trim() })}\n\n${recoveryCodes.join('\n')}\n`], { type: 'text/plain' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'wglad-recovery-codes.txt';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const errorBox = error ? (
    <div data-form-error tabIndex={-1} className="rounded-lg">
      <Notice size="compact" tone="error" role="alert">
        <p>{t(`errors.${error}`)}</p>
      </Notice>
    </div>
  ) : null;

  const problemText = (field: Field) => {
    const problem = problems[field];
    return problem ? (
      <p id={`${field}-error`} className={fieldError}>
        {t(`problems.${problem}`)}
      </p>
    ) : null;
  };
  const describedBy = (field: Field, hint: boolean) => [hint ? `${field}-hint` : null, problems[field] ? `${field}-error` : null].filter(Boolean).join(' ') || undefined;

  if (step === 'credentials') {
    return (
      <form ref={formRef} onSubmit={submitCredentials} noValidate className="space-y-5">
        {errorBox}
        <div>
          <label htmlFor="email" className={fieldLabel}>
            {t('email.label')}
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={Boolean(problems.email)}
            aria-describedby={describedBy('email', false)}
            className={inputClass}
          />
          {problemText('email')}
        </div>
        <div>
          <label htmlFor="password" className={fieldLabel}>
            {t('password.label')}
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={Boolean(problems.password)}
            aria-describedby={describedBy('password', false)}
            className={inputClass}
          />
          {problemText('password')}
        </div>
        <div>
          <label htmlFor="code" className={fieldLabel}>
            {t('code.label')}
          </label>
          <p id="code-hint" className={fieldHint}>
            {t('code.hint')}
          </p>
          <input
            id="code"
            name="code"
            type="text"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={14}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            aria-invalid={Boolean(problems.code)}
            aria-describedby={describedBy('code', true)}
            className={`${inputClass} max-w-56 font-mono tracking-widest`}
          />
          {problemText('code')}
        </div>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <button type="submit" aria-disabled={pending || undefined} className={`${primaryButton} min-h-11 px-6 text-base whitespace-nowrap`}>
            {pending ? t('checking') : t('submit')}
          </button>
          <p className="text-sm text-slate-600">{t('lockoutNote')}</p>
        </div>
      </form>
    );
  }

  if (step === 'enrol' && enrolment) {
    const grouped = enrolment.secret.match(/.{1,4}/g)?.join(' ') ?? enrolment.secret;
    return (
      <form ref={formRef} onSubmit={submitEnrolment} noValidate className="space-y-5">
        <div>
          <p className="text-sm font-semibold text-brand-800">{t('progress', { step: 2, total: 3 })}</p>
          <h2 ref={headingRef} tabIndex={-1} className="mt-1 text-xl font-semibold text-slate-900">
            {t('enrol.title')}
          </h2>
          <p className="mt-2 text-slate-700">{t('enrol.lead')}</p>
        </div>
        {errorBox}
        <ol className="list-decimal space-y-4 pl-5 text-slate-800">
          <li>
            <p>{t('enrol.scan')}</p>
            {/* A data: URI of the SVG the server drew; next/image cannot optimise it and inline SVG markup would bypass the CSP. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={enrolment.qrSrc} alt={t('enrol.qrAlt')} width={192} height={192} className="mt-3 h-48 w-48 rounded-lg border border-slate-200 bg-white p-1" />
            <p className="mt-3 text-sm text-slate-700" id="secret-label">
              {t('enrol.manual')}
            </p>
            <p className="mt-1">
              <code aria-labelledby="secret-label" data-testid="totp-secret" className="inline-block rounded-md bg-slate-100 px-3 py-2 font-mono text-base tracking-wider break-all text-slate-900">
                {grouped}
              </code>
            </p>
          </li>
          <li>
            <label htmlFor="enrolCode" className={fieldLabel}>
              {t('enrol.codeLabel')}
            </label>
            <p id="enrolCode-hint" className={fieldHint}>
              {t('enrol.codeHint')}
            </p>
            <input
              id="enrolCode"
              name="enrolCode"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              value={enrolCode}
              onChange={(event) => setEnrolCode(event.target.value)}
              aria-invalid={Boolean(problems.enrolCode)}
              aria-describedby={describedBy('enrolCode', true)}
              className={`${inputClass} max-w-40 font-mono tracking-[0.3em]`}
            />
            {problemText('enrolCode')}
          </li>
        </ol>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" aria-disabled={pending || undefined} className={`${primaryButton} min-h-11 px-6 text-base whitespace-nowrap`}>
            {pending ? t('checking') : t('enrol.submit')}
          </button>
          <button type="button" onClick={restart} className={secondaryButton}>
            {t('restart')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form ref={formRef} onSubmit={submitFinal} noValidate className="space-y-5">
      <div>
        <p className="text-sm font-semibold text-brand-800">{t('progress', { step: 3, total: 3 })}</p>
        <h2 ref={headingRef} tabIndex={-1} className="mt-1 text-xl font-semibold text-slate-900">
          {t('recovery.title')}
        </h2>
        <p className="mt-2 text-slate-700">{t('recovery.lead')}</p>
      </div>
      <Notice size="compact" tone="warning">
        <p className="font-semibold">{t('recovery.once')}</p>
      </Notice>
      {errorBox}
      <div>
        <h3 id="recovery-list" className="text-sm font-semibold text-slate-900">
          {t('recovery.listLabel')}
        </h3>
        <ol aria-labelledby="recovery-list" data-testid="recovery-codes" className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1.5 rounded-lg border border-slate-200 bg-slate-50 p-4 font-mono text-base text-slate-900 sm:grid-cols-2">
          {recoveryCodes.map((recoveryCode) => (
            <li key={recoveryCode}>{recoveryCode}</li>
          ))}
        </ol>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button type="button" onClick={copyCodes} className={smallButton}>
            {t('recovery.copy')}
          </button>
          <button type="button" onClick={downloadCodes} className={smallButton}>
            {t('recovery.download')}
          </button>
          <p role="status" className="text-sm text-emerald-800">
            {copied ? t('recovery.copied') : ''}
          </p>
        </div>
      </div>
      <div>
        <div className="flex items-start gap-2.5">
          <input
            id="saved"
            name="saved"
            type="checkbox"
            checked={saved}
            onChange={(event) => setSaved(event.target.checked)}
            aria-invalid={Boolean(problems.saved)}
            aria-describedby={describedBy('saved', false)}
            className={checkbox}
          />
          <label htmlFor="saved" className="text-sm font-semibold text-slate-900">
            {t('recovery.saved')}
          </label>
        </div>
        {problemText('saved')}
      </div>
      <div>
        <label htmlFor="finalCode" className={fieldLabel}>
          {t('recovery.codeLabel')}
        </label>
        <p id="finalCode-hint" className={fieldHint}>
          {t('recovery.codeHint')}
        </p>
        <input
          id="finalCode"
          name="finalCode"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          value={finalCode}
          onChange={(event) => setFinalCode(event.target.value)}
          aria-invalid={Boolean(problems.finalCode)}
          aria-describedby={describedBy('finalCode', true)}
          className={`${inputClass} max-w-40 font-mono tracking-[0.3em]`}
        />
        {problemText('finalCode')}
      </div>
      <button type="submit" aria-disabled={pending || undefined} className={`${primaryButton} min-h-11 px-6 text-base whitespace-nowrap`}>
        {pending ? t('checking') : t('recovery.submit')}
      </button>
    </form>
  );
}
