import { vi } from 'vitest';
import { fixedNow } from '../test-support/fixtures/action-data.js';

/*
 * The visual tests' clock: the stories' fixtures and the views' dates ("active since", "expires
 * in 3 days") read `Date`, so the pictures would change from one day to the next. The fixtures'
 * own "now" (`fixedNow`), so what they date before and after it reads as they mean it. Only
 * `Date` is faked: timers and waits run in real time. A setup file, so the fixtures' modules,
 * imported by the test file after it, see the fixed date too.
 */
vi.useFakeTimers({ toFake: ['Date'], now: new Date(fixedNow) });
