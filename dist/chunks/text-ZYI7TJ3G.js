import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  REGISTRY_HEADER,
  REGISTRY_TITLE,
  bySeverity,
  changeLines,
  counts,
  driftCell,
  headlineFacts,
  headlineSummary,
  plural,
  registryFacts,
  reportKind,
  ruleById,
  shown
} from "./chunk-YD2F3FGD.js";
import {
  SEVERITIES,
  escapeControlCharacters
} from "./chunk-TMYA7VNJ.js";
import "./chunk-BIWLE6VI.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-6726HYXS.js";
import "./chunk-43NXJOJ3.js";
import "./chunk-NPJJ6ZXY.js";
import "./chunk-SLAJVB5B.js";
import "./chunk-6V6SB7MZ.js";
import "./chunk-ZTWXCZHL.js";
import "./chunk-STTGIKZ5.js";
import "./chunk-J7BEQH3Y.js";
import "./chunk-BW47LDJB.js";
import "./chunk-UFWOLI4P.js";
import "./chunk-PW6GGXO2.js";
import "./chunk-UEUQZ7ZE.js";
import {
  formatLocation
} from "./chunk-NHBBLBWC.js";
import {
  __commonJS,
  __toESM
} from "./chunk-Y6VGXGMD.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/report/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// node_modules/string-width/node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/string-width/node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/string-width/index.js
var segmenter = new Intl.Segmenter();
var visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v");
var spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v");
var rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v");
var unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
var extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
function isDoubleWidthNonRgiEmojiSequence(segment) {
  if (segment.length > 50) {
    return false;
  }
  if (unqualifiedKeycapRegex.test(segment)) {
    return true;
  }
  if (segment.includes("\u200D")) {
    const pictographics = segment.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return false;
}
function baseVisible(segment) {
  const index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
  return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
  return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
  return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
  return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  const codePoints = [];
  for (const character of visibleSegment) {
    if (!visibleCharacterRegex.test(character)) {
      continue;
    }
    codePoints.push(character.codePointAt(0));
  }
  if (codePoints.length === 0) {
    return void 0;
  }
  let width = 0;
  for (let index = 0; index < codePoints.length; index++) {
    const codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width === 0) {
        return void 0;
      }
      for (let remaining = index; remaining < codePoints.length; remaining++) {
        width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      }
      return width;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width += 2;
      index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0;
  let first = true;
  for (const character of visibleSegment) {
    if (first) {
      first = false;
      continue;
    }
    if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") {
      extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return extra;
}
function stringWidth(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  if (/^[\u0020-\u007E]*$/.test(string)) {
    return string.length;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter.segment(string)) {
    const visibleSegment = baseVisible(segment);
    if (visibleSegment === void 0) {
      continue;
    }
    if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
      width += 2;
      continue;
    }
    const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== void 0) {
      width += hangulWidth;
      continue;
    }
    const codePoint = visibleSegment.codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width;
}

// src/report/text.ts
function terminalText(text) {
  return escapeControlCharacters(text);
}
function withCode(text, c) {
  return terminalText(text).replace(/`([^`]+)`/g, (_, code) => c.cyan(code));
}
function severityColour(severity, c) {
  if (severity === "critical" || severity === "high") return c.red;
  if (severity === "medium") return c.yellow;
  if (severity === "low") return c.blue;
  return c.dim;
}
var LONGEST_SEVERITY = Math.max(...SEVERITIES.map((s) => s.length));
function pad(text, width, right = false) {
  const fill = " ".repeat(Math.max(0, width - stringWidth(text)));
  return right ? fill + text : text + fill;
}
function table(header, rows, rightAligned, c) {
  const widths = header.map(
    (h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? "")))
  );
  const line = (cells) => cells.map((cell, i) => pad(cell, widths[i], rightAligned.has(i))).join("  ").trimEnd();
  return [
    c.bold(line(header)),
    widths.map((w) => "\u2500".repeat(w)).join("  "),
    ...rows.map(line)
  ].join("\n");
}
function heading(text, c) {
  return c.bold(c.underline(text));
}
var AUDIT_VERDICT = { block: "\u2716 Needs attention", warn: "\u26A0 Warnings", pass: "\u2714 Clean" };
var REVIEW_VERDICT = { block: "\u2716 Blocked", warn: "\u26A0 Passed with warnings", pass: "\u2714 Passed" };
function headline(report, c) {
  const audit = reportKind(report) === "audit";
  const label = (audit ? AUDIT_VERDICT : REVIEW_VERDICT)[report.verdict];
  const colour = report.verdict === "block" ? c.red : report.verdict === "warn" ? c.yellow : c.green;
  const style = {
    strong: c.bold,
    code: terminalText,
    text: terminalText,
    existingWhere: "listed below"
  };
  return [
    `ZoneGuard${audit ? " audit" : ""}: ${c.bold(colour(label))}`,
    headlineSummary(report, style),
    c.dim(headlineFacts(report, style))
  ].join("\n");
}
function zoneRows(report, zones, c) {
  const count = (z, kind) => String(z.changes.filter((ch) => ch.kind === kind).length);
  return table(
    ["Zone", "Format", "Status", "Added", "Changed", "Removed", "Drift"],
    zones.map((z) => [
      terminalText(z.zone),
      z.format,
      z.status,
      count(z, "add"),
      count(z, "modify"),
      count(z, "remove"),
      driftCell(report, z)
    ]),
    /* @__PURE__ */ new Set([3, 4, 5, 6]),
    c
  );
}
function zoneTable(report, c) {
  const configs = [...new Set(report.zones.map((z) => z.config ?? ""))].sort();
  if (configs.length <= 1) {
    const zones = report.zones.filter(shown);
    if (zones.length === 0)
      return report.zones.length === 0 ? "No zones found." : `No record changes in ${plural(report.zones.length, "zone")}.`;
    return zoneRows(report, zones, c);
  }
  return configs.map((config) => {
    const all = report.zones.filter((z) => (z.config ?? "") === config);
    const label = c.bold(config === "" ? "Other zones" : terminalText(config));
    const zones = all.filter(shown);
    return zones.length === 0 ? `${label}: no record changes in ${plural(all.length, "zone")}.` : `${label}
${zoneRows(report, zones, c)}`;
  }).join("\n\n");
}
function findingLines(f, c) {
  const subject = [f.name ?? f.zone ?? "", f.type ?? ""].filter(Boolean).join(" ");
  const parts = [
    severityColour(f.severity, c)(pad(f.severity, LONGEST_SEVERITY)),
    c.bold(f.rule),
    ...subject ? [terminalText(subject)] : [],
    ...f.location ? [c.dim(terminalText(formatLocation(f.location)))] : [],
    ...f.accepted ? [c.italic("accepted")] : []
  ];
  return [
    `  ${parts.join(" \xB7 ").replace(" \xB7 ", "  ")}`,
    `      ${terminalText(f.message)}`,
    `      ${c.bold("Fix:")} ${withCode(f.fix, c)}`
  ].join("\n");
}
function whyLines(findings, explained, c) {
  const lines = [];
  for (const f of findings) {
    const rule = ruleById(f.rule);
    if (!rule || explained.has(rule.id)) continue;
    explained.add(rule.id);
    lines.push(`  - ${c.bold(withCode(rule.title, c))} (${rule.id}): ${withCode(rule.why, c)}`);
  }
  return lines.join("\n");
}
function findingsSection(title, findings, explained, c) {
  if (findings.length === 0) return "";
  const sorted = bySeverity(findings);
  const out = [heading(title, c), sorted.map((f) => findingLines(f, c)).join("\n")];
  const why = whyLines(sorted, explained, c);
  if (why) out.push(`${c.bold("Why these rules matter")}
${why}`);
  return out.join("\n\n");
}
function diffBlock(zone, changes, c) {
  return changeLines(zone.split("!")[0], changes).split("\n").map((line) => {
    const safe = terminalText(line);
    return `  ${line.startsWith("-") ? c.red(safe) : line.startsWith("+") ? c.green(safe) : safe}`;
  }).join("\n");
}
function changesSections(report, c) {
  const out = [];
  for (const z of report.zones) {
    const zone = terminalText(z.zone);
    if (z.changes.length)
      out.push(
        `${heading(`Changes in ${zone} (${plural(z.changes.length, "RRset")})`, c)}

${diffBlock(z.zone, z.changes, c)}`
      );
    if (z.drift.length)
      out.push(
        `${heading(`Drift in ${zone}: live differs from base (${plural(z.drift.length, "RRset")})`, c)}

${diffBlock(z.zone, z.drift, c)}`
      );
  }
  return out;
}
function liveSection(report, c) {
  const live = report.live;
  if (live.status === "off") return "";
  const lines = [
    heading("Live DNS facts this review relied on", c),
    "",
    `Status: ${c.bold(live.status)}, ${live.queries} queries.`
  ];
  for (const r of live.reasons) lines.push(`  - ${terminalText(r)}`);
  if (live.servers.length) {
    const axfr = live.servers.some((s) => s.axfr !== void 0);
    lines.push(
      "",
      table(
        [
          "Zone",
          "Server",
          "Address",
          "Answers",
          "Authoritative",
          "SOA serial",
          ...axfr ? ["AXFR"] : []
        ],
        live.servers.map((s) => [
          terminalText(s.zone),
          terminalText(s.name),
          terminalText(s.address),
          s.responded ? "yes" : `no${s.error ? ` (${terminalText(s.error)})` : ""}`,
          s.authoritative ? "yes" : "no",
          `${s.soaSerial === void 0 ? "\u2014" : String(s.soaSerial)}${s.upToDate === false ? " (behind)" : ""}`,
          ...axfr ? [s.axfr ?? "\u2014"] : []
        ]),
        /* @__PURE__ */ new Set([5]),
        c
      )
    );
  }
  if (live.candidates?.length)
    lines.push(
      "",
      "New nameservers, asked before the switch:",
      "",
      table(
        [
          "Zone",
          "New server",
          "Address",
          "Authoritative",
          "Served as head",
          "Missing",
          "Different"
        ],
        live.candidates.map((x) => [
          terminalText(x.zone),
          terminalText(x.name),
          x.address ? terminalText(x.address) : "\u2014",
          x.authoritative ? "yes" : `no${x.error ? ` (${terminalText(x.error)})` : ""}`,
          x.authoritative ? `${x.served} of ${x.expected}` : "\u2014",
          x.authoritative ? String(x.missing) : "\u2014",
          x.authoritative ? String(x.differing) : "\u2014"
        ]),
        /* @__PURE__ */ new Set([4, 5, 6]),
        c
      )
    );
  return lines.join("\n");
}
function indentBlock(text) {
  return text.replace(/\n$/, "").split("\n").map((line) => `  ${terminalText(line)}`).join("\n");
}
function rollbackSections(report, c) {
  return report.rollback.map((r) => {
    const parts = [
      heading(`Rollback for ${terminalText(r.zone)} (${r.format})`, c),
      indentBlock(r.snippet)
    ];
    if (r.registrar) parts.push(`Registrar side:

${indentBlock(r.registrar)}`);
    return parts.join("\n\n");
  });
}
function registrySection(report, c) {
  const facts = registryFacts(report);
  if (!facts) return "";
  const lines = [
    heading(REGISTRY_TITLE, c),
    "",
    `Status: ${c.bold(facts.status)}, ${facts.requests} RDAP ${facts.requests === 1 ? "query" : "queries"}${facts.source ? ` (${terminalText(facts.source)})` : ""}.`
  ];
  for (const r of facts.reasons) lines.push(`  - ${terminalText(r)}`);
  if (facts.rows.length)
    lines.push(
      "",
      table(
        REGISTRY_HEADER,
        facts.rows.map((r) => [
          terminalText(r.domain),
          terminalText(r.registrar),
          r.expires,
          r.locks,
          r.nameservers.map(terminalText).join(" ") || "\u2014",
          r.ds
        ]),
        /* @__PURE__ */ new Set(),
        c
      )
    );
  return lines.join("\n");
}
function renderText(report, options) {
  const c = import_picocolors.default.createColors(options.colour);
  const kind = reportKind(report);
  const introduced = report.findings.filter((f) => counts(f, kind));
  const existing = report.findings.filter((f) => !counts(f, kind));
  const explained = /* @__PURE__ */ new Set();
  const title = kind === "audit" ? "Findings" : "Introduced by this change";
  const sections = [
    headline(report, c),
    zoneTable(report, c),
    findingsSection(`${title} (${introduced.length})`, introduced, explained, c),
    report.warnings.map((w) => c.yellow(`\u26A0 ${terminalText(w)}`)).join("\n"),
    findingsSection(
      `${plural(existing.length, "finding")} already present before this change (not counted in the verdict)`,
      existing,
      explained,
      c
    ),
    ...changesSections(report, c),
    liveSection(report, c),
    registrySection(report, c),
    ...rollbackSections(report, c)
  ];
  return `${sections.filter(Boolean).join("\n\n")}
`;
}
export {
  renderText
};
