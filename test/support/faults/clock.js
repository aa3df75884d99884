/* global process */
// Preloaded into a bot process by the fault scenarios (`node --import <this file> dist/main.js`): the
// process starts at the instant FAULTS_CLOCK names (ISO) and its clock runs on from there at the
// normal pace, so a scenario can play a given day (or the next one) with the compiled bot and no
// test-only code in src/. Only the wall clock moves: timers and performance.now() are untouched.
const start = process.env.FAULTS_CLOCK;
if (start) {
  const offset = Date.parse(start) - Date.now();
  if (Number.isNaN(offset)) throw new Error(`FAULTS_CLOCK is not an ISO instant: ${start}`);
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
