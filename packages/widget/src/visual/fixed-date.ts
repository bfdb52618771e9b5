import { vi } from 'vitest';

/*
 * The visual tests' clock: the stories' fixtures and the views' "expires in 3 days" and dates
 * read `Date`, so the pictures would change from one day to the next. Only `Date` is faked:
 * timers and waits run in real time. A setup file, so the fixtures' modules, imported by the
 * test file after it, see the fixed date too.
 */
vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-02T09:00:00+01:00') });
