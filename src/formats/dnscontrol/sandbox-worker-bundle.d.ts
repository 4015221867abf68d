/** `sandbox-worker.ts` bundled into one ES module's text (see sandbox-worker-bundle.js). */
declare const bundle: string;
export default bundle;
