/** The local GitHub REST API emulator: start it seeded, point a client at `url`, assert on `state`. */
export { startEmulator, type Emulator, type EmulatorOptions } from './server.js';
export type { Seed, SeedPull, SeedRepo, SeedTeam, SeedUser, EmulatorState } from './state.js';
export type { Faults, FaultFilter } from './faults.js';
