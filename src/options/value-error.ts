// A value of an option that cannot be used. The message says what is wrong with the value and
// what it must be, without naming where it came from: the CLI puts the flag in front of it
// (`--now "..."`), the Action the input (`input "now": "..."`), so one parser serves both.
export class OptionValueError extends Error {}
