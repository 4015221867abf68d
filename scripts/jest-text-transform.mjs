// Jest transform for files the code imports as text (`with { type: 'text' }`), as esbuild does
// in the bundle: the module's default export is the file's text; the file itself never runs.
export default {
  process(sourceText) {
    return { code: `export default ${JSON.stringify(sourceText)};\n` };
  },
};
