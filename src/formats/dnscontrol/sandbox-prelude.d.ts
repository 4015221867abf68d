/** `sandbox-prelude.js` is imported as its text (`with { type: 'text' }`), never run as a module. */
declare const text: string;
export default text;
