// OPA bundles: build from sources, write and read `.tar.gz` archives.
export {
  type BuildStage,
  buildBundle,
  bundleSources,
  compileSources,
  planSources,
} from './build.js';
export { type Manifest, type WasmResolver, wasmManifest } from './manifest.js';
export { type Bundle, BundleError, type BundleModule, readBundle } from './read.js';
export { type CollectOptions, collectSources, SourceError, type Sources } from './sources.js';
export { type BundleContents, writeBundle } from './write.js';
