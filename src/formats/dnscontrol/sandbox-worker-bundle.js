// A placeholder for the text of sandbox-worker.ts bundled into one ES module (QuickJS, the
// prelude and the host bridges included). Every build replaces it: scripts/build.mjs, the bench
// and the conformance run through the esbuild plugin, Jest through a transform, all from
// scripts/sandbox-worker-bundle.mjs. Left as it is, the sandbox refuses to start.
export default '';
