/** How long the passphrase's key is kept without use, in minutes: the choices offered, and the one a new install starts with. */
export const IDLE_LOCK_CHOICES = [5, 15, 30, 60, 240] as const;
export type IdleLockMinutes = (typeof IDLE_LOCK_CHOICES)[number];
export const DEFAULT_IDLE_LOCK: IdleLockMinutes = 15;

export const isIdleLock = (value: unknown): value is IdleLockMinutes =>
  IDLE_LOCK_CHOICES.includes(value as IdleLockMinutes);
