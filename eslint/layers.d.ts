// Types for the layers table, for the test that keeps it true to the tree.
export declare const LAYERS: Record<string, string[]>;
export declare const PACKAGES: Record<string, string[]>;
declare const plugin: { rules: Record<string, unknown> };
export default plugin;
