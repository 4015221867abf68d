import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  EVENT_ID,
  GUESSED_KIND,
  SEVERITIES,
  findSecrets,
  formatById,
  getScalarValue,
  leftAlone,
  loadAll,
  maxSeverity,
  nameManagedElsewhere,
  outputText,
  parseEvents,
  pushWritesNothing,
  raiseSeverity,
  severityRank
} from "./chunk-TD3WDRJ4.js";
import {
  SourceError,
  defaultCredsFile,
  readCreds
} from "./chunk-R3JRNQOD.js";
import {
  DNSKEY_FLAG_SEP,
  computeDs,
  formatDs,
  isUsableKey,
  keyTag,
  matchDs,
  parseDnskey,
  parseDs,
  serialGreater,
  serverLabel,
  specialUseZone
} from "./chunk-D5NJTRP2.js";
import {
  decodeRdata,
  isInZone,
  isWildcard,
  parentName,
  relativeName
} from "./chunk-ATHLTT4N.js";
import {
  MAX_QUOTED_CHARS,
  formatLocation,
  lineColumnIndex,
  rrsetKey,
  zoneKey
} from "./chunk-Z7STY57L.js";
import {
  __commonJS,
  __toESM
} from "./chunk-Y6VGXGMD.js";

// node_modules/tldts/dist/cjs/index.js
var require_cjs = __commonJS({
  "node_modules/tldts/dist/cjs/index.js"(exports) {
    "use strict";
    function shareSameDomainSuffix(hostname, vhost) {
      if (hostname.endsWith(vhost)) {
        return hostname.length === vhost.length || hostname[hostname.length - vhost.length - 1] === ".";
      }
      return false;
    }
    function extractDomainWithSuffix(hostname, publicSuffix) {
      const publicSuffixIndex = hostname.length - publicSuffix.length - 2;
      const lastDotBeforeSuffixIndex = hostname.lastIndexOf(".", publicSuffixIndex);
      if (lastDotBeforeSuffixIndex === -1) {
        return hostname;
      }
      return hostname.slice(lastDotBeforeSuffixIndex + 1);
    }
    function getDomain$1(suffix, hostname, options) {
      if (options.validHosts !== null) {
        const validHosts = options.validHosts;
        for (const vhost of validHosts) {
          if (
            /*@__INLINE__*/
            shareSameDomainSuffix(hostname, vhost)
          ) {
            return vhost;
          }
        }
      }
      let numberOfLeadingDots = 0;
      if (hostname.startsWith(".")) {
        while (numberOfLeadingDots < hostname.length && hostname[numberOfLeadingDots] === ".") {
          numberOfLeadingDots += 1;
        }
      }
      if (suffix.length === hostname.length - numberOfLeadingDots) {
        return null;
      }
      return (
        /*@__INLINE__*/
        extractDomainWithSuffix(hostname, suffix)
      );
    }
    function getDomainWithoutSuffix$1(domain, suffix) {
      return domain.slice(0, -suffix.length - 1);
    }
    var CONTROL_CHARS = /[\t\n\r]/g;
    var extractedHostnameValidated = false;
    function isValidHostnameChar(code) {
      return code >= 97 && code <= 122 || // a-z
      code >= 48 && code <= 57 || // 0-9
      code > 127 || // non-ASCII (accepted, not punycode-checked)
      code >= 65 && code <= 90 || // A-Z (becomes valid once lowercased)
      code === 45 || // '-'
      code === 95;
    }
    function getSpecialScheme(url, schemeStart, colonIndex) {
      const length = colonIndex - schemeStart;
      const c0 = url.charCodeAt(schemeStart) | 32;
      if (length === 2) {
        return c0 === 119 && (url.charCodeAt(schemeStart + 1) | 32) === 115 ? 1 : 0;
      } else if (length === 3) {
        const c1 = url.charCodeAt(schemeStart + 1) | 32;
        const c2 = url.charCodeAt(schemeStart + 2) | 32;
        if (c0 === 119 && c1 === 115 && c2 === 115)
          return 1;
        if (c0 === 102 && c1 === 116 && c2 === 112)
          return 1;
        return 0;
      } else if (length === 4) {
        const c1 = url.charCodeAt(schemeStart + 1) | 32;
        const c2 = url.charCodeAt(schemeStart + 2) | 32;
        const c3 = url.charCodeAt(schemeStart + 3) | 32;
        if (c0 === 104 && c1 === 116 && c2 === 116 && c3 === 112)
          return 1;
        if (c0 === 102 && c1 === 105 && c2 === 108 && c3 === 101)
          return 2;
        return 0;
      } else if (length === 5) {
        return c0 === 104 && (url.charCodeAt(schemeStart + 1) | 32) === 116 && (url.charCodeAt(schemeStart + 2) | 32) === 116 && (url.charCodeAt(schemeStart + 3) | 32) === 112 && (url.charCodeAt(schemeStart + 4) | 32) === 115 ? 1 : 0;
      }
      return 0;
    }
    function extractHostname(url, urlIsValidHostname, validate = false) {
      let start = 0;
      let end = url.length;
      let hasUpper = false;
      let isSpecial = true;
      extractedHostnameValidated = false;
      if (!urlIsValidHostname) {
        while (start < url.length && url.charCodeAt(start) <= 32) {
          start += 1;
        }
        if (url.charCodeAt(start + 4) === 58 && (url.charCodeAt(start) | 32) === 100 && (url.charCodeAt(start + 1) | 32) === 97 && (url.charCodeAt(start + 2) | 32) === 116 && (url.charCodeAt(start + 3) | 32) === 97 || url.charCodeAt(start + 10) === 58 && (url.charCodeAt(start) | 32) === 106 && (url.charCodeAt(start + 1) | 32) === 97 && (url.charCodeAt(start + 2) | 32) === 118 && (url.charCodeAt(start + 3) | 32) === 97 && (url.charCodeAt(start + 4) | 32) === 115 && (url.charCodeAt(start + 5) | 32) === 99 && (url.charCodeAt(start + 6) | 32) === 114 && (url.charCodeAt(start + 7) | 32) === 105 && (url.charCodeAt(start + 8) | 32) === 112 && (url.charCodeAt(start + 9) | 32) === 116) {
          return null;
        }
        while (end > start + 1 && url.charCodeAt(end - 1) <= 32) {
          end -= 1;
        }
        if ((url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) && (url.charCodeAt(start + 1) === 47 || url.charCodeAt(start + 1) === 92)) {
          start += 2;
        } else {
          let indexOfProtocol = url.indexOf(":/", start);
          if (indexOfProtocol !== -1) {
            const special = getSpecialScheme(url, start, indexOfProtocol);
            if (special === 1) {
              start = indexOfProtocol + 2;
              while (url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) {
                start += 1;
              }
            } else if (special === 2) {
              start = indexOfProtocol + 1;
              let slashes = 0;
              while ((url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) && slashes < 2) {
                start += 1;
                slashes += 1;
              }
              if (slashes < 2) {
                return null;
              }
            } else {
              for (let i = start; i < indexOfProtocol; i += 1) {
                const code = url.charCodeAt(i);
                if (!((code | 32) >= 97 && (code | 32) <= 122 || // [a-zA-Z] (fold letters only)
                code >= 48 && code <= 57 || // [0, 9]
                code === 46 || // '.'
                code === 45 || // '-'
                code === 43)) {
                  if (code === 9 || code === 10 || code === 13) {
                    return extractHostname(url.replace(CONTROL_CHARS, ""), urlIsValidHostname, validate);
                  }
                  for (let j = i; j < indexOfProtocol; j += 1) {
                    const c = url.charCodeAt(j);
                    if (c === 47 || c === 92 || c === 63 || c === 35) {
                      indexOfProtocol = -1;
                      break;
                    }
                  }
                  if (indexOfProtocol !== -1) {
                    return null;
                  }
                  break;
                }
              }
              if (indexOfProtocol !== -1) {
                if (url.charCodeAt(indexOfProtocol + 2) === 47) {
                  isSpecial = false;
                  start = indexOfProtocol + 3;
                } else {
                  return null;
                }
              }
            }
          }
          if (indexOfProtocol === -1 && url.charCodeAt(start) !== 91) {
            let indexOfColon = -1;
            for (let i = start; i < end; i += 1) {
              const code = url.charCodeAt(i);
              if (code === 9 || code === 10 || code === 13) {
                return extractHostname(url.replace(CONTROL_CHARS, ""), urlIsValidHostname, validate);
              }
              if (code === 58) {
                indexOfColon = i;
                break;
              }
              if (code === 47 || code === 92 || code === 63 || code === 35) {
                break;
              }
            }
            if (indexOfColon !== -1) {
              let hasIdentifier = false;
              for (let i = indexOfColon + 1; i < end; i += 1) {
                const code = url.charCodeAt(i);
                if (code === 47 || code === 92 || code === 63 || code === 35) {
                  break;
                }
                if (code === 64) {
                  hasIdentifier = true;
                  break;
                }
              }
              if (!hasIdentifier) {
                let allDigits = true;
                let i = indexOfColon + 1;
                for (; i < end; i += 1) {
                  const code = url.charCodeAt(i);
                  if (code === 47 || code === 92 || code === 63 || code === 35) {
                    break;
                  }
                  if (code < 48 || code > 57) {
                    allDigits = false;
                    break;
                  }
                }
                if (i === indexOfColon + 1) {
                  allDigits = false;
                }
                if (!allDigits) {
                  const special = getSpecialScheme(url, start, indexOfColon);
                  if (special === 0) {
                    let isBareIpv6 = false;
                    for (let j = indexOfColon + 1; j < end; j += 1) {
                      const code = url.charCodeAt(j);
                      if (code === 47 || code === 92 || code === 63 || code === 35) {
                        break;
                      }
                      if (code === 58) {
                        isBareIpv6 = true;
                        break;
                      }
                    }
                    if (!isBareIpv6) {
                      return null;
                    }
                  } else {
                    start = indexOfColon + 1;
                    if (special === 2) {
                      let slashes = 0;
                      while ((url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) && slashes < 2) {
                        start += 1;
                        slashes += 1;
                      }
                      if (slashes < 2) {
                        return null;
                      }
                    } else {
                      while (url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) {
                        start += 1;
                      }
                    }
                  }
                }
              }
            }
          }
        }
        let indexOfIdentifier = -1;
        let indexOfClosingBracket = -1;
        let indexOfPort = -1;
        let indexOfFirstColon = -1;
        let hasControl = false;
        let vValid = validate;
        let vLastDot = start - 1;
        let vLastCode = -1;
        if (validate && start < end) {
          const c0 = url.charCodeAt(start);
          if (
            // Keep these parens: they scope /*@__INLINE__*/ for terser.
            // prettier-ignore
            !/*@__INLINE__*/
            (isValidHostnameChar(c0) || c0 === 46 || c0 === 95) || c0 === 45
          ) {
            vValid = false;
          }
        }
        for (let i = start; i < end; i += 1) {
          const code = url.charCodeAt(i);
          if (code < 64) {
            if (code === 47 || code === 35 || code === 63) {
              end = i;
              break;
            } else if (code === 58) {
              if (indexOfFirstColon === -1) {
                indexOfFirstColon = i;
              }
              indexOfPort = i;
            } else if (code === 9 || code === 10 || code === 13) {
              hasControl = true;
            } else if (validate) {
              if (code === 46) {
                if (i - vLastDot > 64 || vLastCode === 46 || vLastCode === 45) {
                  vValid = false;
                }
                vLastDot = i;
              } else if (code < 48 || code > 57) {
                if (code !== 45 || vLastCode === 46) {
                  vValid = false;
                }
              }
            }
          } else if (isSpecial && code === 92) {
            end = i;
            break;
          } else if (code === 64) {
            indexOfIdentifier = i;
            indexOfFirstColon = -1;
          } else if (code === 93) {
            indexOfClosingBracket = i;
          } else if (code >= 65 && code <= 90) {
            hasUpper = true;
          } else if (validate && !/*@__INLINE__*/
          isValidHostnameChar(code)) {
            vValid = false;
          }
          if (validate) {
            vLastCode = code;
          }
        }
        if (hasControl) {
          return extractHostname(url.replace(CONTROL_CHARS, ""), urlIsValidHostname, validate);
        }
        if (indexOfIdentifier !== -1 && indexOfIdentifier >= start && indexOfIdentifier < end) {
          start = indexOfIdentifier + 1;
        }
        if (url.charCodeAt(start) === 91) {
          if (indexOfClosingBracket !== -1) {
            return url.slice(start + 1, indexOfClosingBracket).toLowerCase();
          }
          return null;
        } else if (indexOfPort !== -1 && indexOfPort > start && indexOfPort < end && // A host:port has exactly one ':' in the host (so its first ':' is its
        // last); a bare, unbracketed IPv6 literal ("2a01:e35::1") has >= 2, so
        // its first ':' precedes the last. Only the former has a ':port' to trim.
        indexOfFirstColon === indexOfPort) {
          end = indexOfPort;
        }
        if (start >= end) {
          return null;
        }
        if (validate && vValid && indexOfIdentifier === -1 && indexOfPort === -1 && indexOfClosingBracket === -1 && url.charCodeAt(end - 1) !== 46 && end - start <= 255 && // total length
        end - vLastDot - 1 <= 63 && // last label length
        vLastCode !== 45) {
          extractedHostnameValidated = true;
        }
      }
      while (end > start + 1 && url.charCodeAt(end - 1) === 46) {
        end -= 1;
      }
      const hostname = start !== 0 || end !== url.length ? url.slice(start, end) : url;
      if (hasUpper) {
        return hostname.toLowerCase();
      }
      return hostname;
    }
    function isProbablyIpv4(hostname) {
      if (hostname.length < 7) {
        return false;
      }
      if (hostname.length > 15) {
        return false;
      }
      let numberOfDots = 0;
      for (let i = 0; i < hostname.length; i += 1) {
        const code = hostname.charCodeAt(i);
        if (code === 46) {
          numberOfDots += 1;
        } else if (code < 48 || code > 57) {
          return false;
        }
      }
      return numberOfDots === 3 && hostname.charCodeAt(0) !== 46 && hostname.charCodeAt(hostname.length - 1) !== 46;
    }
    function isProbablyIpv6(hostname) {
      if (hostname.length < 3) {
        return hostname === "::";
      }
      let start = hostname.startsWith("[") ? 1 : 0;
      let end = hostname.length;
      if (hostname[end - 1] === "]") {
        end -= 1;
      }
      if (end - start > 39) {
        return false;
      }
      let hasColon = false;
      for (; start < end; start += 1) {
        const code = hostname.charCodeAt(start);
        if (code === 58) {
          hasColon = true;
        } else if (!(code >= 48 && code <= 57 || // 0-9
        code >= 97 && code <= 102 || // a-f
        code >= 65 && code <= 70)) {
          return false;
        }
      }
      return hasColon;
    }
    function isIp(hostname) {
      return isProbablyIpv6(hostname) || isProbablyIpv4(hostname);
    }
    var SPECIAL_USE_DOMAINS = [
      "test",
      // RFC 6761
      "localhost",
      // RFC 6761
      "invalid",
      // RFC 6761
      "example",
      // RFC 6761
      "example.com",
      // RFC 6761
      "example.net",
      // RFC 6761
      "example.org",
      // RFC 6761
      "local",
      // RFC 6762 (mDNS)
      "onion",
      // RFC 7686 (Tor)
      "alt",
      // RFC 9476
      "home.arpa",
      // RFC 8375
      "ipv4only.arpa",
      // RFC 8880
      "resolver.arpa",
      // RFC 9462
      "service.arpa",
      // RFC 9665
      "6tisch.arpa",
      // RFC 9031
      "eap.arpa"
      // RFC 9965
    ];
    function isSpecialUse(hostname) {
      for (const name of SPECIAL_USE_DOMAINS) {
        if (hostname.endsWith(name) && (hostname.length === name.length || hostname.charCodeAt(hostname.length - name.length - 1) === 46)) {
          return true;
        }
      }
      return false;
    }
    function isValidAscii(code) {
      return code >= 97 && code <= 122 || code >= 48 && code <= 57 || code > 127;
    }
    function isValidHostname(hostname) {
      if (hostname.length > 255) {
        return false;
      }
      if (hostname.length === 0) {
        return false;
      }
      if (
        /*@__INLINE__*/
        !isValidAscii(hostname.charCodeAt(0)) && hostname.charCodeAt(0) !== 46 && // '.' (dot)
        hostname.charCodeAt(0) !== 95
      ) {
        return false;
      }
      let lastDotIndex = -1;
      let lastCharCode = -1;
      const len = hostname.length;
      for (let i = 0; i < len; i += 1) {
        const code = hostname.charCodeAt(i);
        if (code === 46) {
          if (
            // Check that previous label is < 63 bytes long (64 = 63 + '.')
            i - lastDotIndex > 64 || // Check that previous character was not already a '.'
            lastCharCode === 46 || // Check that the previous label does not end with '-' (RFC 1035 §2.3.1 LDH).
            // '_' is intentionally NOT restricted: DNS allows any octet (RFC 2181 §11) and
            // WHATWG URL does not treat '_' as a forbidden host code point.
            lastCharCode === 45
          ) {
            return false;
          }
          lastDotIndex = i;
        } else if (
          // A forbidden character in the label...
          // Keep these parens: they scope /*@__INLINE__*/ for terser.
          // prettier-ignore
          !/*@__INLINE__*/
          (isValidAscii(code) || code === 45 || code === 95) || // ...or a '-' starting a label (the byte right after a '.'). A label must
          // not begin with a hyphen (RFC 1034 §3.5 / RFC 1035 §2.3.1 LDH, as amended
          // by RFC 1123 §2.1; cf. UTS #46 CheckHyphens). The first label is covered by
          // the leading-character guard above; mirrors the trailing-'-' rule below.
          code === 45 && lastCharCode === 46
        ) {
          return false;
        }
        lastCharCode = code;
      }
      return (
        // Check that last label is shorter than 63 chars
        len - lastDotIndex - 1 <= 63 && // Check that the last character is an allowed trailing label character.
        // Since we already checked that the char is a valid hostname character,
        // we only need to check that it's different from '-'.
        lastCharCode !== 45
      );
    }
    function extraSuffixLookup(hostname, options, isException, out) {
      const suffix = out.publicSuffix;
      if (suffix === null) {
        return;
      }
      const none = hostname.length + 1;
      let exception = none;
      let exceptionIsIcann = false;
      let rule = none;
      let ruleIsIcann = false;
      const extra = options.extraSuffixes;
      for (let section = 0; section < 2; section += 1) {
        const isIcann = section === 0;
        const rules = isIcann ? options.allowIcannDomains && extra.icann : options.allowPrivateDomains && extra.private;
        if (!Array.isArray(rules)) {
          continue;
        }
        for (const r of rules) {
          if (typeof r !== "string") {
            continue;
          }
          const exceptionRule = r.startsWith("!");
          const wildcard = r.startsWith("*.");
          const body = exceptionRule ? r.slice(1) : wildcard ? r.slice(2) : r;
          if (body === "" || exceptionRule && !body.includes(".") || !shareSameDomainSuffix(hostname, body)) {
            continue;
          }
          let start = hostname.length - body.length;
          if (exceptionRule) {
            if (start < exception) {
              exception = start;
              exceptionIsIcann = isIcann;
            }
            continue;
          }
          if (wildcard && start > 1 && hostname.charCodeAt(start - 2) !== 46) {
            start = hostname.lastIndexOf(".", start - 2) + 1;
          }
          if (start < rule) {
            rule = start;
            ruleIsIcann = isIcann;
          }
        }
      }
      const suffixStart = hostname.length - suffix.length;
      const builtin = isException ? hostname.lastIndexOf(".", suffixStart - 2) + 1 : suffixStart;
      if (exception <= rule && (isException ? exception < builtin : exception <= builtin)) {
        out.publicSuffix = hostname.slice(hostname.indexOf(".", exception) + 1);
        out.isIcann = exceptionIsIcann;
        out.isPrivate = !exceptionIsIcann;
      } else if (rule < builtin || rule === builtin && !out.isIcann && !out.isPrivate) {
        out.publicSuffix = hostname.slice(rule);
        out.isIcann = ruleIsIcann;
        out.isPrivate = !ruleIsIcann;
      }
    }
    function setDefaultsImpl({ allowIcannDomains = true, allowPrivateDomains = false, detectIp = true, detectSpecialUse = false, extraSuffixes = null, extractHostname: extractHostname2 = true, mixedInputs = true, validHosts = null, validateHostname = true }) {
      return {
        allowIcannDomains,
        allowPrivateDomains,
        detectIp,
        detectSpecialUse,
        extraSuffixes,
        extractHostname: extractHostname2,
        mixedInputs,
        validHosts,
        validateHostname
      };
    }
    var DEFAULT_OPTIONS = (
      /*@__INLINE__*/
      setDefaultsImpl({})
    );
    function setDefaults(options) {
      if (options === void 0) {
        return DEFAULT_OPTIONS;
      }
      return (
        /*@__INLINE__*/
        setDefaultsImpl(options)
      );
    }
    function getSubdomain$1(hostname, domain) {
      if (domain.length === hostname.length) {
        return "";
      }
      return hostname.slice(0, -domain.length - 1);
    }
    function getEmptyResult() {
      return {
        domain: null,
        domainWithoutSuffix: null,
        hostname: null,
        isIcann: null,
        isIp: null,
        isPrivate: null,
        isSpecialUse: null,
        publicSuffix: null,
        subdomain: null
      };
    }
    function resetResult(result) {
      result.domain = null;
      result.domainWithoutSuffix = null;
      result.hostname = null;
      result.isIcann = null;
      result.isIp = null;
      result.isPrivate = null;
      result.isSpecialUse = null;
      result.publicSuffix = null;
      result.subdomain = null;
    }
    function parseImpl(url, step, suffixLookup2, partialOptions, result) {
      const options = (
        /*@__INLINE__*/
        setDefaults(partialOptions)
      );
      if (typeof url !== "string") {
        return result;
      }
      let urlIsValid = false;
      if (!options.extractHostname) {
        let end = url.length;
        while (end > 1 && url.charCodeAt(end - 1) === 46) {
          end -= 1;
        }
        result.hostname = end === url.length ? url : url.slice(0, end);
      } else if (options.mixedInputs) {
        urlIsValid = isValidHostname(url);
        result.hostname = extractHostname(url, urlIsValid, options.validateHostname);
      } else {
        result.hostname = extractHostname(url, false, options.validateHostname);
      }
      if (options.detectIp && result.hostname !== null) {
        result.isIp = isIp(result.hostname);
        if (result.isIp) {
          return result;
        }
      }
      if (options.validateHostname && options.extractHostname && result.hostname !== null && // Skip the re-scan when `url` was already validated and extractHostname
      // returned it unchanged (same reference => identical string, still valid).
      !(urlIsValid && result.hostname === url) && // Skip the re-scan when extractHostname already validated the host inline
      // (a confirmed-valid simple authority — see extract-hostname.ts).
      !extractedHostnameValidated && !isValidHostname(result.hostname)) {
        result.hostname = null;
        return result;
      }
      if (step === 0 || result.hostname === null) {
        return result;
      }
      if (step === 5 && options.detectSpecialUse) {
        result.isSpecialUse = isSpecialUse(result.hostname);
      }
      const isException = suffixLookup2(result.hostname, options, result);
      if (options.extraSuffixes !== null) {
        extraSuffixLookup(result.hostname, options, isException === true, result);
      }
      if (step === 2 || result.publicSuffix === null) {
        return result;
      }
      result.domain = getDomain$1(result.publicSuffix, result.hostname, options);
      if (step === 3 || result.domain === null) {
        return result;
      }
      result.subdomain = getSubdomain$1(result.hostname, result.domain);
      if (step === 4) {
        return result;
      }
      result.domainWithoutSuffix = getDomainWithoutSuffix$1(result.domain, result.publicSuffix);
      return result;
    }
    function fastPathLookup(hostname, options, out) {
      if (!options.allowPrivateDomains && options.allowIcannDomains && hostname.length > 3) {
        const last = hostname.length - 1;
        const c3 = hostname.charCodeAt(last);
        const c2 = hostname.charCodeAt(last - 1);
        const c1 = hostname.charCodeAt(last - 2);
        const c0 = hostname.charCodeAt(last - 3);
        if (c3 === 109 && c2 === 111 && c1 === 99 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "com";
          return true;
        } else if (c3 === 103 && c2 === 114 && c1 === 111 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "org";
          return true;
        } else if (c3 === 117 && c2 === 100 && c1 === 101 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "edu";
          return true;
        } else if (c3 === 118 && c2 === 111 && c1 === 103 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "gov";
          return true;
        } else if (c3 === 116 && c2 === 101 && c1 === 110 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "net";
          return true;
        } else if (c3 === 101 && c2 === 100 && c1 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "de";
          return true;
        }
      }
      return false;
    }
    var nodeFlags = /* @__PURE__ */ new Uint8Array([1, 2, 1, 1, 1, 1, 1, 1, 0, 1, 1, 2, 1, 1, 2, 2, 2, 0, 2, 2, 2, 2, 0, 2, 2, 2, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0, 2, 0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 2, 0, 0, 0, 1, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 2, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 2, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 0, 0, 2, 0, 0, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0, 2, 2, 0, 0, 0, 2, 0, 1, 1, 0, 2, 0, 2, 2, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 2, 2, 0, 2, 2, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 2, 2, 0, 2, 2, 2, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 2, 2, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 2, 2, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 2, 2, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
    var edgeStart = /* @__PURE__ */ new Uint16Array([0, 0, 0, 10, 11, 18, 106, 111, 117, 118, 126, 132, 133, 140, 149, 150, 151, 152, 153, 154, 156, 157, 159, 160, 161, 163, 165, 240, 253, 255, 256, 257, 272, 274, 281, 282, 285, 286, 287, 290, 292, 311, 312, 314, 323, 328, 345, 346, 349, 350, 352, 354, 390, 391, 393, 396, 397, 401, 403, 407, 410, 442, 445, 458, 459, 467, 468, 470, 480, 494, 495, 496, 497, 506, 507, 544, 549, 565, 585, 591, 633, 635, 636, 637, 638, 665, 692, 693, 841, 847, 850, 851, 852, 857, 862, 871, 893, 894, 895, 896, 897, 898, 899, 918, 920, 921, 924, 926, 927, 929, 931, 946, 961, 966, 967, 969, 970, 971, 972, 973, 975, 978, 983, 984, 985, 987, 988, 991, 994, 995, 996, 1009, 1011, 1023, 1034, 1042, 1044, 1084, 1087, 1091, 1092, 1094, 1097, 1108, 1110, 1120, 1122, 1128, 1130, 1131, 1133, 1136, 1137, 1138, 1191, 1193, 1195, 1215, 1216, 1217, 1218, 1220, 1231, 1262, 1273, 1274, 1287, 1297, 1306, 1314, 1315, 1320, 1334, 1345, 1357, 1369, 1383, 1384, 1395, 1429, 1430, 1431, 1447, 1463, 1475, 1548, 1549, 1551, 1552, 1588, 1607, 1608, 1609, 1610, 1611, 1614, 1618, 1621, 1623, 1657, 1658, 1666, 1667, 1668, 1669, 1670, 1672, 1674, 1676, 1677, 1681, 1682, 1683, 1685, 1687, 1688, 1690, 1691, 1692, 1703, 1705, 1706, 1710, 1711, 1714, 1721, 1722, 1727, 1731, 1732, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1749, 1750, 1751, 2214, 2217, 2218, 2220, 2227, 2234, 2244, 2248, 2259, 2260, 2261, 2273, 2274, 2276, 2278, 2279, 2286, 2287, 2289, 2290, 2292, 2293, 2294, 2295, 2296, 2371, 2373, 2394, 2395, 2396, 2398, 2399, 2401, 2402, 2458, 2459, 2460, 2467, 2473, 2483, 2493, 2546, 2547, 2548, 2558, 2572, 2573, 2576, 2583, 2584, 2592, 2594, 2595, 2596, 2597, 2608, 2609, 2610, 2612, 2613, 2615, 2616, 2625, 2637, 2643, 2645, 2677, 2681, 2683, 2684, 2686, 2687, 2699, 2700, 2702, 2710, 2717, 2723, 2728, 2729, 2735, 2738, 2744, 2751, 2758, 2766, 2767, 2768, 2806, 2812, 2816, 2833, 2834, 2839, 2857, 2888, 2906, 2908, 2911, 2919, 2921, 2928, 2980, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3017, 3018, 3019, 3020, 3021, 3022, 3024, 3025, 3029, 3113, 3126, 3127, 3564, 3568, 3582, 3634, 3662, 3684, 3742, 3764, 3779, 3842, 3893, 3931, 3967, 3992, 4134, 4180, 4231, 4250, 4284, 4299, 4319, 4349, 4380, 4403, 4434, 4464, 4496, 4523, 4598, 4620, 4658, 4668, 4702, 4721, 4747, 4789, 4839, 4865, 4934, 4935, 4937, 4960, 4983, 5019, 5050, 5067, 5124, 5137, 5161, 5190, 5192, 5226, 5242, 5270, 5575, 5584, 5593, 5600, 5617, 5621, 5627, 5666, 5668, 5675, 5682, 5691, 5698, 5699, 5700, 5712, 5715, 5730, 5731, 5740, 5741, 5750, 5759, 5765, 5767, 5768, 5769, 5807, 5808, 5810, 5818, 5825, 5838, 5842, 5844, 5845, 5851, 5858, 5872, 5882, 5887, 5895, 5903, 5909, 5910, 5914, 5916, 5917, 5929, 6001, 6002, 6003, 6004, 6006, 6007, 6010, 6012, 6015, 6019, 6020, 6021, 6027, 6028, 6029, 6031, 6033, 6035, 6036, 6037, 6040, 6042, 6045, 6046, 6048, 6246, 6253, 6254, 6255, 6265, 6270, 6287, 6301, 6310, 6311, 6312, 6316, 6317, 6319, 6321, 6327, 6328, 6331, 6332, 6334, 6335, 6336, 7236, 7239, 7243, 7261, 7270, 7273, 7280, 7281, 7283, 7284, 7285, 7287, 7339, 7340, 7343, 7344, 7462, 7463, 7474, 7492, 7499, 7502, 7511, 7512, 7513, 7528, 7583, 7775, 7777, 7779, 7780, 7782, 7787, 7800, 7801, 7817, 7824, 7833, 7836, 7839, 7846, 7854, 7858, 7859, 7860, 7874, 7879, 7888, 7889, 7890, 7894, 7929, 7930, 7951, 7958, 7966, 7967, 7972, 7980, 8024, 8025, 8031, 8034, 8047, 8052, 8053, 8055, 8057, 8097, 8098, 8104, 8111, 8112, 8122, 8131, 8146, 8150, 8152, 8204, 8205, 8210, 8211, 8214, 8216, 8217, 8218, 8227, 8241, 8249, 8263, 8274, 8275, 8277, 8279, 8301, 8312, 8318, 8319, 8331, 8343, 8430, 8442, 8450, 8453, 8459, 8484, 8487, 8488, 8489, 8490, 8492, 8495, 8498, 8509, 8511, 8513, 8541, 8616, 8623, 8627, 8628, 8637, 8659, 8660, 8665, 8666, 8748, 8750, 8751, 8760, 8764, 8770, 8776, 8782, 8792, 8797, 8798, 8816, 8827, 8832, 8837, 8847, 8853, 8857, 8863, 8869, 10476, 10477, 10478, 10485, 10487]);
    var edgeLength = /* @__PURE__ */ new Uint8Array([3, 3, 3, 3, 3, 3, 3, 3, 5, 8, 8, 2, 2, 3, 3, 3, 3, 3, 8, 5, 5, 5, 5, 5, 3, 3, 5, 5, 9, 12, 19, 8, 19, 8, 11, 9, 9, 8, 7, 7, 6, 8, 9, 16, 10, 7, 7, 11, 8, 6, 6, 9, 7, 11, 7, 14, 4, 4, 4, 4, 4, 4, 10, 7, 6, 6, 6, 6, 10, 10, 6, 10, 10, 22, 11, 9, 10, 10, 10, 9, 10, 8, 7, 7, 7, 8, 21, 13, 11, 11, 9, 10, 9, 13, 10, 8, 8, 9, 12, 9, 7, 10, 7, 7, 13, 7, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 8, 4, 6, 3, 3, 3, 3, 3, 3, 1, 2, 5, 3, 3, 3, 3, 7, 2, 2, 2, 2, 2, 2, 3, 3, 3, 1, 7, 8, 5, 2, 2, 7, 4, 5, 7, 2, 2, 1, 4, 1, 11, 9, 9, 5, 5, 8, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 5, 5, 11, 9, 9, 8, 9, 9, 13, 7, 14, 7, 6, 6, 6, 7, 6, 6, 6, 6, 6, 6, 10, 7, 11, 9, 4, 4, 4, 4, 4, 6, 6, 6, 6, 13, 6, 8, 7, 10, 10, 9, 9, 7, 9, 8, 8, 9, 8, 7, 10, 6, 9, 8, 10, 10, 7, 8, 1, 9, 10, 12, 12, 12, 10, 9, 9, 10, 10, 9, 9, 1, 1, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 6, 4, 2, 3, 3, 3, 3, 7, 4, 4, 4, 3, 3, 6, 7, 3, 4, 1, 2, 2, 2, 6, 1, 2, 2, 2, 2, 2, 12, 5, 3, 8, 9, 13, 4, 4, 13, 9, 9, 11, 7, 3, 12, 9, 2, 2, 2, 3, 3, 3, 3, 3, 8, 2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 7, 10, 15, 15, 7, 15, 20, 15, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 7, 8, 6, 8, 8, 6, 8, 13, 8, 8, 6, 13, 8, 11, 13, 8, 6, 13, 8, 6, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 9, 9, 9, 10, 14, 14, 11, 13, 13, 9, 9, 9, 9, 9, 9, 2, 6, 9, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 2, 3, 3, 3, 3, 3, 3, 7, 7, 2, 3, 2, 2, 5, 3, 3, 3, 3, 3, 3, 4, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 5, 7, 4, 2, 2, 12, 8, 10, 8, 10, 7, 18, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 2, 2, 3, 3, 3, 5, 5, 3, 8, 8, 6, 8, 6, 6, 4, 6, 7, 7, 7, 10, 11, 2, 5, 5, 3, 3, 3, 3, 3, 3, 5, 5, 6, 11, 10, 7, 7, 7, 4, 4, 4, 2, 3, 3, 3, 3, 3, 2, 2, 7, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 7, 7, 7, 11, 7, 6, 9, 6, 6, 8, 10, 8, 6, 8, 13, 4, 4, 4, 4, 4, 10, 8, 11, 8, 8, 8, 10, 10, 7, 5, 4, 4, 4, 10, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 7, 10, 13, 7, 8, 7, 11, 8, 8, 6, 9, 8, 8, 6, 6, 6, 8, 8, 6, 6, 6, 6, 6, 9, 7, 6, 4, 4, 4, 4, 4, 4, 4, 6, 6, 6, 9, 7, 8, 10, 8, 8, 2, 3, 3, 3, 3, 3, 2, 8, 9, 9, 2, 2, 2, 3, 3, 3, 2, 3, 3, 3, 9, 2, 2, 3, 3, 3, 3, 3, 3, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 12, 5, 5, 3, 5, 4, 2, 3, 2, 4, 3, 9, 2, 2, 2, 2, 2, 5, 5, 3, 3, 8, 8, 13, 6, 10, 9, 4, 7, 9, 11, 2, 3, 7, 3, 3, 4, 1, 3, 4, 2, 9, 3, 3, 12, 5, 3, 7, 10, 10, 7, 4, 4, 6, 14, 7, 9, 7, 13, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 8, 15, 4, 4, 2, 3, 3, 3, 7, 4, 9, 9, 2, 3, 3, 3, 5, 3, 2, 2, 7, 2, 7, 6, 6, 7, 2, 4, 2, 2, 2, 2, 2, 2, 8, 8, 8, 9, 5, 2, 3, 3, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 3, 4, 2, 3, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 2, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 3, 9, 6, 6, 6, 9, 13, 9, 2, 2, 2, 8, 7, 9, 5, 3, 3, 3, 5, 5, 13, 12, 9, 10, 7, 8, 7, 6, 8, 6, 11, 12, 7, 10, 4, 4, 7, 8, 11, 6, 7, 9, 8, 7, 10, 8, 9, 15, 7, 8, 5, 4, 7, 2, 3, 3, 3, 2, 14, 10, 2, 14, 10, 2, 14, 3, 9, 13, 13, 10, 14, 16, 17, 11, 2, 14, 2, 14, 3, 9, 13, 10, 14, 16, 17, 11, 14, 10, 14, 2, 7, 3, 10, 7, 14, 10, 2, 14, 10, 9, 9, 17, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 10, 10, 10, 12, 9, 4, 10, 10, 11, 8, 8, 8, 7, 9, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 8, 4, 4, 4, 4, 4, 4, 6, 16, 3, 3, 14, 3, 14, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 10, 14, 14, 14, 9, 9, 9, 9, 9, 9, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 14, 2, 14, 9, 17, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 14, 17, 16, 17, 11, 2, 14, 9, 13, 10, 14, 16, 17, 11, 2, 14, 9, 13, 10, 17, 16, 11, 17, 2, 14, 10, 19, 7, 2, 14, 9, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 19, 7, 14, 16, 17, 11, 2, 14, 9, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 17, 13, 10, 10, 14, 17, 16, 17, 11, 6, 3, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 9, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 14, 10, 10, 10, 14, 9, 9, 9, 9, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 4, 11, 2, 14, 9, 13, 17, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 17, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 19, 7, 14, 17, 16, 17, 11, 2, 9, 10, 10, 7, 17, 3, 3, 12, 12, 16, 15, 15, 12, 14, 14, 14, 20, 20, 13, 12, 12, 12, 12, 12, 12, 20, 25, 14, 14, 12, 12, 10, 10, 10, 10, 14, 9, 9, 9, 25, 4, 9, 17, 10, 7, 14, 16, 21, 13, 13, 14, 20, 14, 13, 17, 24, 9, 12, 13, 25, 13, 21, 20, 17, 9, 9, 9, 9, 9, 9, 12, 17, 4, 4, 9, 9, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 9, 10, 14, 12, 12, 14, 14, 10, 9, 9, 9, 10, 14, 14, 14, 9, 9, 9, 9, 2, 1, 5, 8, 7, 11, 11, 1, 3, 3, 3, 5, 3, 3, 4, 8, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 7, 4, 4, 4, 4, 4, 4, 4, 4, 10, 2, 2, 6, 7, 6, 2, 3, 2, 3, 6, 2, 7, 6, 10, 7, 4, 9, 12, 6, 14, 4, 12, 7, 2, 2, 1, 2, 7, 6, 4, 4, 4, 6, 8, 8, 7, 2, 2, 13, 2, 2, 2, 2, 6, 2, 8, 12, 2, 7, 7, 6, 8, 10, 12, 2, 2, 2, 3, 3, 13, 2, 2, 3, 3, 6, 7, 6, 4, 5, 6, 3, 3, 3, 3, 4, 16, 8, 5, 4, 3, 3, 3, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 11, 12, 7, 7, 13, 9, 10, 17, 12, 8, 9, 7, 17, 17, 8, 5, 12, 10, 13, 14, 5, 5, 5, 13, 5, 5, 5, 3, 3, 3, 5, 16, 5, 5, 5, 5, 7, 12, 14, 8, 12, 8, 10, 12, 9, 11, 7, 9, 7, 10, 7, 13, 13, 9, 7, 12, 8, 17, 7, 7, 16, 10, 13, 13, 8, 10, 10, 14, 17, 7, 16, 16, 15, 8, 10, 10, 12, 17, 17, 7, 17, 14, 7, 10, 17, 8, 7, 7, 7, 8, 15, 15, 7, 14, 10, 10, 10, 11, 11, 7, 7, 13, 8, 10, 7, 16, 7, 8, 7, 14, 17, 12, 10, 11, 21, 8, 9, 7, 13, 9, 8, 6, 13, 6, 12, 7, 6, 13, 10, 10, 10, 8, 18, 9, 17, 13, 10, 12, 6, 13, 6, 11, 8, 13, 10, 13, 18, 13, 11, 13, 8, 16, 7, 10, 8, 16, 12, 10, 8, 8, 14, 11, 8, 15, 8, 8, 7, 7, 12, 7, 8, 9, 14, 15, 8, 9, 10, 9, 15, 7, 8, 8, 12, 13, 9, 10, 15, 13, 7, 10, 10, 20, 7, 6, 9, 6, 6, 14, 11, 14, 11, 12, 9, 10, 16, 16, 12, 7, 11, 28, 8, 11, 10, 7, 21, 8, 7, 9, 4, 4, 4, 17, 7, 8, 6, 9, 6, 6, 13, 6, 6, 6, 6, 18, 20, 14, 8, 11, 12, 9, 10, 13, 15, 15, 19, 8, 9, 12, 7, 10, 16, 12, 9, 9, 9, 14, 12, 11, 10, 9, 12, 11, 18, 9, 9, 9, 10, 7, 7, 16, 8, 9, 7, 13, 12, 10, 14, 18, 7, 8, 11, 10, 7, 7, 8, 8, 13, 7, 7, 7, 11, 15, 13, 11, 7, 8, 15, 11, 7, 8, 18, 8, 14, 13, 18, 15, 10, 12, 12, 9, 7, 11, 11, 8, 7, 10, 8, 14, 12, 10, 18, 7, 10, 9, 7, 8, 13, 10, 14, 10, 8, 8, 23, 7, 7, 11, 12, 12, 17, 7, 7, 11, 11, 17, 16, 16, 7, 8, 11, 14, 14, 8, 10, 7, 15, 7, 16, 16, 13, 9, 11, 9, 15, 15, 11, 11, 7, 7, 14, 7, 9, 7, 7, 16, 10, 13, 10, 11, 14, 7, 11, 10, 11, 7, 11, 10, 11, 15, 11, 15, 10, 12, 10, 14, 13, 11, 11, 12, 13, 10, 7, 13, 16, 12, 21, 15, 9, 10, 10, 7, 11, 14, 17, 7, 7, 8, 11, 13, 12, 8, 15, 14, 14, 8, 17, 12, 10, 10, 7, 9, 11, 7, 10, 7, 11, 18, 7, 11, 7, 12, 11, 8, 8, 14, 12, 7, 8, 15, 3, 7, 7, 5, 2, 9, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 3, 3, 5, 11, 6, 4, 7, 10, 7, 7, 11, 1, 10, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 5, 7, 3, 5, 6, 3, 3, 5, 2, 2, 5, 3, 4, 13, 11, 3, 3, 6, 3, 5, 14, 2, 2, 3, 8, 2, 2, 12, 5, 18, 5, 3, 3, 3, 3, 16, 5, 5, 5, 10, 7, 13, 12, 13, 9, 12, 14, 19, 9, 9, 21, 9, 9, 10, 6, 9, 6, 15, 10, 6, 12, 8, 6, 10, 15, 4, 4, 6, 6, 9, 9, 12, 16, 14, 23, 7, 7, 7, 14, 9, 7, 7, 11, 14, 10, 7, 10, 10, 10, 12, 6, 11, 10, 13, 11, 15, 11, 7, 12, 10, 3, 7, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 3, 7, 5, 1, 5, 2, 2, 2, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 5, 5, 10, 9, 11, 8, 7, 12, 8, 9, 7, 6, 13, 11, 6, 13, 7, 9, 9, 4, 4, 4, 4, 4, 6, 10, 7, 8, 13, 11, 8, 8, 9, 14, 7, 14, 8, 10, 7, 9, 7, 7, 9, 6, 9, 2, 12, 5, 3, 3, 13, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 8, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 1, 7, 6, 4, 12, 3, 3, 3, 3, 3, 8, 7, 3, 3, 3, 3, 3, 3, 4, 4, 11, 15, 14, 2, 8, 3, 5, 5, 8, 10, 8, 6, 4, 7, 17, 7, 4, 5, 2, 6, 3, 5, 4, 2, 2, 12, 5, 5, 3, 15, 13, 8, 11, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 5, 3, 3, 3, 3, 4, 2, 3, 18, 2, 12, 5, 3, 3, 3, 3, 3, 5, 16, 8, 8, 9, 6, 6, 4, 4, 4, 4, 31, 6, 6, 10, 11, 21, 10, 9, 7, 10, 7, 7, 2, 4, 4, 4, 4, 6, 5, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 4, 6, 2, 2, 2, 5, 3, 3, 3, 7, 7, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 8, 2, 3, 3, 3, 3, 3, 5, 9, 11, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 3, 5, 10, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 11, 10, 10, 10, 10, 10, 11, 10, 11, 10, 11, 10, 9, 9, 11, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 5, 5, 3, 7, 8, 8, 7, 6, 6, 11, 4, 4, 4, 4, 7, 8, 9, 9, 2, 3, 7, 4, 4, 2, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 2, 2, 5, 5, 5, 5, 5, 3, 3, 5, 5, 5, 7, 7, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 8, 8, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 6, 9, 12, 3, 7, 10, 7, 2, 2, 3, 3, 3, 3, 3, 4, 3, 3, 2, 2, 2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 8, 6, 6, 8, 6, 7, 4, 4, 4, 4, 4, 4, 6, 7, 5, 5, 20, 19, 8, 10, 9, 7, 10, 6, 8, 11, 6, 6, 6, 6, 13, 12, 8, 6, 7, 14, 11, 9, 2, 5, 3, 6, 2, 3, 2, 2, 2, 2, 2, 2, 2, 5, 4, 3, 7, 6, 4, 7, 4, 3, 6, 4, 7, 2, 2, 7, 7, 7, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 9, 10, 10, 10, 11, 7, 8, 20, 7, 9, 8, 9, 8, 12, 6, 6, 6, 8, 9, 8, 12, 6, 6, 8, 13, 10, 12, 6, 6, 7, 7, 9, 6, 4, 4, 4, 4, 4, 4, 10, 6, 6, 6, 7, 14, 11, 10, 7, 8, 10, 8, 11, 14, 11, 11, 9, 7, 9, 8, 11, 13, 9, 17, 10, 9, 2, 2, 2, 9, 3, 3, 3, 3, 15, 14, 9, 5, 5, 2, 8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 15, 12, 22, 19, 17, 18, 18, 19, 21, 7, 16, 16, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 7, 16, 11, 11, 7, 7, 7, 7, 17, 7, 8, 12, 15, 9, 19, 7, 19, 8, 21, 11, 12, 19, 14, 22, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 16, 16, 19, 24, 12, 7, 14, 7, 12, 7, 8, 10, 10, 13, 7, 12, 12, 7, 7, 10, 18, 15, 12, 16, 7, 14, 12, 17, 10, 16, 17, 12, 17, 25, 7, 7, 7, 13, 6, 9, 6, 9, 18, 6, 6, 11, 20, 10, 6, 6, 6, 6, 6, 6, 17, 6, 6, 6, 15, 6, 6, 6, 6, 6, 8, 14, 11, 12, 11, 15, 13, 19, 17, 21, 7, 18, 8, 13, 13, 8, 12, 8, 6, 6, 13, 6, 15, 15, 16, 6, 6, 16, 6, 6, 6, 14, 6, 18, 6, 6, 6, 17, 18, 9, 13, 15, 8, 19, 8, 15, 15, 18, 14, 16, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 11, 10, 11, 6, 21, 23, 12, 17, 12, 11, 14, 13, 22, 15, 15, 11, 12, 14, 12, 7, 12, 8, 12, 14, 12, 18, 10, 8, 16, 19, 17, 12, 14, 15, 8, 19, 17, 12, 13, 13, 15, 18, 13, 23, 24, 23, 21, 17, 24, 8, 21, 8, 14, 14, 16, 20, 14, 8, 8, 15, 20, 8, 19, 21, 9, 8, 13, 12, 13, 15, 11, 8, 11, 9, 9, 8, 11, 8, 21, 14, 21, 15, 15, 13, 7, 19, 7, 7, 7, 7, 7, 7, 16, 12, 17, 18, 7, 7, 11, 11, 7, 9, 9, 2, 2, 3, 3, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 10, 10, 7, 9, 7, 7, 7, 6, 8, 6, 6, 6, 6, 6, 6, 6, 7, 6, 8, 6, 6, 9, 7, 7, 7, 4, 4, 4, 4, 4, 4, 4, 4, 8, 9, 8, 7, 8, 7, 8, 10, 7, 5, 5, 5, 5, 5, 5, 3, 9, 7, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 9, 6, 6, 9, 11, 13, 7, 8, 9, 9, 5, 5, 5, 7, 8, 6, 6, 6, 6, 6, 6, 6, 7, 8, 9, 7, 10, 9, 10, 7, 8, 5, 5, 5, 5, 5, 5, 7, 7, 9, 8, 7, 7, 6, 6, 6, 6, 6, 6, 10, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 10, 4, 4, 4, 4, 8, 7, 7, 10, 10, 9, 8, 8, 15, 9, 8, 8, 8, 8, 8, 9, 10, 9, 10, 7, 8, 13, 5, 5, 5, 5, 5, 3, 3, 7, 7, 8, 6, 6, 6, 4, 4, 11, 9, 7, 8, 9, 10, 7, 5, 5, 5, 5, 5, 3, 3, 7, 6, 6, 13, 7, 9, 8, 7, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 7, 8, 7, 8, 13, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 6, 6, 6, 6, 7, 6, 7, 6, 6, 9, 7, 4, 4, 4, 4, 4, 4, 4, 7, 8, 7, 8, 9, 8, 8, 8, 7, 10, 7, 8, 5, 5, 5, 5, 5, 5, 5, 5, 3, 7, 7, 7, 7, 9, 7, 10, 9, 6, 6, 6, 6, 6, 8, 8, 6, 6, 6, 7, 6, 6, 6, 9, 9, 4, 4, 13, 7, 10, 9, 9, 12, 7, 8, 8, 10, 8, 8, 8, 8, 8, 8, 5, 5, 5, 5, 3, 7, 7, 11, 7, 9, 8, 8, 6, 6, 10, 6, 8, 8, 8, 6, 7, 6, 6, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 8, 8, 16, 8, 9, 8, 7, 5, 5, 5, 5, 5, 3, 3, 7, 7, 7, 10, 15, 8, 9, 8, 9, 9, 6, 6, 6, 6, 6, 6, 7, 4, 8, 7, 8, 8, 7, 8, 11, 8, 5, 5, 5, 5, 5, 3, 7, 7, 6, 11, 16, 7, 6, 4, 4, 4, 4, 9, 9, 8, 8, 8, 13, 12, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 7, 8, 8, 9, 13, 7, 7, 7, 9, 8, 8, 9, 12, 7, 12, 7, 12, 8, 7, 10, 12, 9, 9, 6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 9, 8, 9, 11, 8, 6, 6, 6, 6, 6, 12, 7, 6, 6, 6, 9, 7, 7, 6, 6, 6, 6, 6, 11, 9, 6, 6, 6, 6, 6, 7, 9, 4, 4, 4, 4, 4, 4, 4, 4, 9, 9, 9, 9, 7, 7, 7, 7, 7, 11, 7, 7, 8, 8, 8, 8, 8, 8, 9, 8, 9, 9, 7, 7, 11, 11, 7, 12, 8, 8, 8, 8, 8, 7, 8, 8, 8, 8, 8, 13, 12, 8, 8, 8, 8, 7, 7, 7, 9, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 7, 11, 7, 8, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 10, 11, 6, 7, 9, 4, 4, 4, 4, 4, 4, 9, 9, 8, 9, 8, 8, 8, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 11, 7, 7, 7, 9, 6, 6, 11, 8, 10, 6, 6, 6, 12, 8, 8, 7, 6, 6, 8, 7, 4, 4, 4, 4, 4, 4, 4, 4, 9, 10, 9, 9, 8, 10, 9, 11, 8, 5, 5, 5, 7, 6, 6, 8, 7, 4, 4, 4, 4, 8, 7, 7, 8, 7, 8, 8, 5, 5, 5, 5, 7, 7, 8, 8, 8, 6, 6, 6, 6, 6, 10, 8, 9, 13, 6, 7, 6, 6, 8, 7, 8, 4, 4, 4, 4, 11, 8, 8, 8, 10, 5, 5, 8, 7, 8, 13, 8, 7, 6, 8, 6, 9, 7, 8, 7, 5, 5, 5, 5, 5, 5, 3, 3, 7, 8, 9, 6, 4, 8, 10, 10, 8, 12, 9, 13, 2, 7, 5, 5, 5, 5, 5, 7, 7, 10, 6, 6, 6, 6, 6, 6, 6, 8, 4, 4, 9, 8, 8, 8, 14, 8, 8, 8, 9, 8, 5, 5, 5, 5, 5, 3, 3, 9, 6, 6, 6, 6, 10, 12, 6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 4, 11, 8, 7, 8, 8, 8, 5, 5, 3, 3, 3, 3, 7, 7, 6, 8, 6, 8, 11, 7, 6, 6, 6, 7, 4, 8, 11, 9, 10, 5, 5, 5, 3, 3, 3, 7, 7, 8, 9, 8, 15, 9, 6, 6, 6, 6, 6, 6, 11, 11, 4, 4, 4, 4, 4, 7, 9, 9, 10, 8, 7, 5, 5, 5, 5, 5, 5, 3, 3, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 7, 4, 4, 4, 4, 4, 9, 9, 8, 8, 10, 13, 5, 5, 5, 3, 17, 7, 7, 7, 7, 7, 8, 6, 8, 13, 6, 6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 9, 10, 8, 8, 8, 5, 5, 5, 5, 3, 7, 7, 7, 8, 8, 6, 6, 6, 8, 8, 8, 9, 10, 8, 4, 8, 10, 9, 8, 8, 8, 9, 13, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 8, 9, 9, 7, 7, 7, 10, 9, 9, 8, 9, 8, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 12, 6, 6, 6, 6, 6, 6, 6, 6, 6, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 11, 8, 8, 9, 9, 10, 8, 9, 7, 7, 5, 5, 5, 5, 5, 5, 3, 7, 8, 7, 6, 6, 8, 6, 6, 10, 4, 7, 8, 9, 12, 8, 7, 7, 5, 5, 5, 5, 5, 5, 3, 3, 7, 14, 7, 9, 8, 8, 6, 6, 8, 12, 12, 6, 6, 7, 7, 10, 4, 4, 4, 4, 4, 9, 9, 14, 9, 13, 8, 7, 5, 5, 5, 6, 6, 6, 7, 4, 8, 7, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 7, 7, 8, 6, 6, 6, 6, 6, 6, 12, 6, 6, 6, 6, 4, 4, 9, 9, 8, 8, 11, 7, 7, 7, 5, 5, 5, 3, 9, 8, 6, 6, 7, 4, 4, 4, 4, 4, 4, 8, 8, 11, 5, 5, 5, 7, 7, 7, 9, 6, 6, 6, 6, 6, 6, 9, 8, 4, 4, 4, 4, 7, 12, 9, 8, 8, 8, 7, 10, 10, 5, 5, 5, 5, 5, 5, 5, 3, 11, 14, 8, 7, 8, 8, 6, 6, 6, 6, 6, 8, 7, 6, 6, 6, 7, 6, 8, 9, 4, 4, 4, 7, 8, 9, 7, 9, 7, 7, 9, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 3, 9, 7, 7, 12, 14, 8, 6, 6, 12, 11, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 15, 7, 4, 4, 4, 16, 9, 9, 9, 8, 9, 9, 9, 9, 9, 8, 8, 8, 13, 11, 8, 5, 5, 5, 5, 3, 7, 6, 6, 8, 8, 8, 6, 6, 7, 10, 7, 4, 4, 4, 4, 9, 7, 8, 7, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 7, 7, 7, 9, 6, 6, 6, 6, 6, 8, 8, 7, 7, 9, 6, 6, 6, 7, 6, 6, 6, 6, 6, 15, 4, 4, 4, 4, 4, 8, 8, 7, 8, 12, 9, 8, 8, 8, 8, 8, 9, 8, 8, 10, 8, 8, 8, 8, 16, 9, 10, 2, 5, 5, 5, 5, 5, 5, 5, 9, 7, 6, 8, 9, 4, 4, 4, 4, 4, 7, 8, 8, 8, 9, 8, 11, 10, 5, 5, 5, 5, 3, 7, 8, 6, 6, 6, 6, 6, 8, 6, 6, 6, 6, 4, 12, 10, 12, 7, 7, 7, 7, 7, 7, 7, 5, 5, 5, 5, 3, 3, 7, 7, 10, 8, 9, 7, 6, 10, 7, 6, 6, 4, 4, 8, 9, 7, 9, 9, 9, 9, 8, 8, 8, 8, 10, 5, 5, 5, 5, 5, 5, 8, 7, 6, 6, 6, 10, 6, 7, 10, 7, 4, 4, 4, 4, 4, 4, 4, 12, 9, 10, 7, 7, 10, 8, 10, 5, 12, 9, 6, 6, 6, 6, 6, 7, 6, 4, 4, 4, 10, 9, 9, 8, 7, 7, 5, 5, 5, 5, 5, 5, 3, 3, 13, 7, 7, 9, 7, 7, 7, 8, 9, 9, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 13, 9, 15, 15, 4, 4, 4, 4, 4, 10, 10, 9, 8, 9, 8, 8, 9, 7, 8, 7, 8, 5, 5, 7, 6, 6, 6, 4, 4, 4, 7, 8, 11, 8, 5, 5, 5, 5, 5, 5, 5, 7, 6, 6, 6, 6, 6, 6, 9, 11, 10, 7, 4, 4, 4, 9, 8, 8, 5, 5, 5, 5, 5, 9, 9, 6, 6, 6, 6, 6, 6, 6, 9, 9, 4, 4, 4, 4, 8, 8, 8, 9, 9, 8, 8, 8, 13, 2, 4, 2, 7, 5, 5, 5, 5, 5, 5, 9, 9, 6, 6, 6, 6, 10, 8, 8, 8, 6, 6, 6, 4, 4, 9, 8, 10, 8, 9, 8, 8, 8, 9, 8, 8, 5, 3, 3, 3, 11, 6, 6, 6, 7, 6, 6, 6, 4, 4, 9, 8, 5, 5, 5, 5, 5, 3, 11, 8, 6, 6, 6, 6, 6, 9, 7, 4, 4, 14, 10, 9, 8, 12, 8, 8, 8, 11, 15, 8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 11, 11, 11, 10, 10, 7, 7, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 7, 11, 7, 7, 11, 11, 7, 8, 9, 10, 7, 7, 9, 9, 9, 9, 7, 7, 10, 8, 13, 8, 8, 8, 8, 11, 10, 6, 6, 8, 10, 11, 14, 14, 6, 6, 6, 6, 6, 6, 9, 11, 7, 7, 6, 8, 12, 11, 11, 6, 6, 10, 6, 6, 6, 6, 6, 10, 7, 7, 6, 6, 11, 6, 6, 6, 11, 8, 9, 7, 6, 10, 11, 9, 10, 11, 7, 11, 8, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 8, 6, 6, 8, 9, 10, 9, 6, 6, 6, 10, 6, 6, 6, 6, 11, 10, 11, 10, 9, 8, 7, 7, 7, 7, 11, 14, 8, 10, 9, 9, 8, 8, 7, 11, 8, 8, 8, 11, 11, 10, 10, 9, 10, 8, 11, 10, 8, 11, 9, 12, 8, 10, 8, 11, 8, 9, 9, 11, 11, 10, 11, 13, 8, 7, 8, 8, 9, 7, 8, 8, 8, 8, 7, 8, 2, 2, 2, 2, 2, 2, 2, 4, 4, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 8, 6, 4, 4, 4, 11, 7, 11, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 3, 3, 3, 3, 8, 7, 7, 8, 8, 4, 8, 7, 7, 7, 9, 7, 8, 9, 8, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 4, 5, 5, 3, 3, 8, 8, 6, 9, 4, 4, 10, 7, 3, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 2, 2, 2, 3, 3, 3, 3, 3, 4, 10, 2, 3, 3, 3, 3, 3, 3, 3, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 3, 5, 2, 4, 2, 6, 2, 2, 9, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 9, 8, 7, 9, 6, 6, 11, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 7, 7, 11, 8, 8, 6, 5, 11, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 6, 4, 4, 4, 4, 3, 3, 3, 3, 5, 7, 2, 3, 3, 3, 3, 3, 8, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 4, 4, 4, 4, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 6, 3, 3, 8, 10, 3, 4, 4, 1, 1, 1, 1, 1, 1, 1, 8, 9, 10, 7, 7, 1, 14, 18, 13, 18, 13, 10, 10, 16, 13, 18, 16, 13, 16, 18, 13, 22, 16, 16, 16, 14, 21, 16, 9, 14, 16, 9, 9, 14, 10, 10, 14, 12, 14, 19, 12, 11, 18, 13, 17, 15, 15, 15, 15, 16, 14, 13, 19, 18, 15, 19, 18, 12, 18, 12, 11, 20, 14, 15, 10, 17, 17, 16, 19, 20, 21, 15, 13, 16, 15, 15, 15, 1, 1, 3, 8, 7, 7, 8, 8, 8, 1, 6, 1, 1, 6, 3, 3, 4, 7, 3, 3, 5, 5, 4, 4, 4, 4, 4, 2, 7, 7, 8, 12, 3, 4, 5, 1, 3, 4, 4, 10, 4, 3, 3, 3, 8, 7, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2, 12, 9, 20, 7, 5, 5, 5, 9, 13, 5, 5, 5, 5, 5, 3, 3, 3, 16, 5, 5, 5, 13, 7, 8, 8, 11, 8, 7, 9, 7, 11, 12, 9, 9, 8, 8, 11, 10, 14, 7, 12, 10, 11, 13, 7, 9, 11, 17, 17, 14, 13, 7, 8, 7, 10, 10, 7, 16, 13, 7, 8, 17, 12, 9, 8, 6, 7, 10, 6, 6, 12, 6, 8, 10, 8, 8, 8, 6, 8, 6, 14, 6, 6, 6, 13, 6, 10, 6, 6, 7, 14, 8, 6, 6, 10, 11, 10, 9, 9, 7, 7, 6, 6, 6, 9, 9, 7, 9, 10, 9, 13, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 6, 8, 8, 6, 8, 9, 10, 9, 7, 10, 10, 8, 7, 8, 7, 10, 12, 9, 8, 15, 8, 7, 8, 8, 7, 7, 15, 13, 7, 10, 9, 14, 18, 16, 7, 24, 7, 8, 10, 11, 16, 8, 14, 7, 9, 9, 9, 13, 19, 14, 15, 14, 11, 7, 13, 9, 10, 7, 13, 9, 10, 11, 12, 8, 9, 2, 3, 5, 8, 7, 4, 4, 15, 10, 5, 3, 3, 3, 3, 3, 5, 4, 4, 4, 2, 2, 2, 2, 2, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 12, 5, 3, 8, 10, 15, 6, 7, 2, 3, 2, 5, 5, 12, 2, 5, 5, 5, 5, 2, 2, 5, 5, 12, 9, 5, 2, 2, 9, 5, 5, 12, 12, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 9, 12, 5, 8, 8, 9, 5, 5, 5, 8, 19, 7, 16, 15, 14, 9, 9, 9, 9, 7, 11, 11, 11, 7, 14, 10, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 15, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 9, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 14, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 15, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 12, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 9, 12, 9, 9, 12, 12, 12, 15, 7, 11, 7, 14, 11, 18, 13, 8, 18, 15, 18, 12, 14, 12, 8, 8, 8, 8, 9, 9, 9, 12, 7, 10, 10, 8, 8, 12, 12, 12, 7, 12, 12, 9, 7, 7, 7, 7, 7, 8, 15, 12, 9, 10, 10, 7, 10, 10, 13, 11, 10, 9, 22, 11, 9, 8, 8, 8, 8, 8, 13, 18, 13, 9, 15, 19, 9, 7, 7, 10, 7, 7, 7, 11, 8, 13, 17, 7, 7, 10, 10, 10, 7, 20, 16, 7, 7, 7, 7, 7, 7, 11, 21, 12, 12, 13, 11, 14, 16, 8, 8, 13, 11, 7, 7, 13, 7, 7, 14, 15, 15, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 13, 10, 18, 6, 6, 6, 6, 6, 6, 6, 6, 6, 11, 8, 8, 12, 12, 11, 11, 8, 12, 9, 9, 9, 13, 13, 9, 9, 9, 9, 9, 9, 6, 10, 12, 6, 6, 6, 6, 17, 11, 7, 7, 7, 7, 14, 14, 12, 6, 7, 7, 6, 6, 15, 10, 13, 10, 6, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 13, 9, 9, 15, 13, 6, 12, 12, 6, 19, 11, 10, 7, 7, 16, 8, 19, 17, 9, 9, 9, 9, 9, 6, 6, 6, 10, 8, 16, 8, 6, 6, 9, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 8, 6, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 14, 6, 6, 6, 6, 20, 6, 9, 6, 14, 9, 9, 9, 6, 9, 8, 8, 12, 9, 8, 8, 8, 8, 7, 8, 12, 7, 8, 8, 8, 6, 8, 6, 6, 6, 6, 6, 6, 6, 9, 8, 8, 6, 6, 13, 9, 12, 13, 12, 14, 13, 12, 11, 11, 6, 8, 8, 8, 6, 13, 12, 11, 11, 12, 6, 11, 12, 11, 13, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 15, 6, 6, 6, 6, 6, 6, 6, 13, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 8, 8, 6, 18, 6, 12, 13, 13, 13, 9, 10, 15, 9, 12, 6, 6, 6, 6, 6, 6, 6, 6, 9, 15, 10, 9, 10, 13, 9, 19, 8, 18, 17, 10, 10, 8, 8, 6, 6, 6, 6, 6, 6, 10, 14, 8, 16, 16, 9, 8, 15, 8, 8, 10, 12, 14, 7, 7, 8, 8, 7, 7, 7, 7, 8, 13, 13, 11, 9, 9, 9, 12, 10, 17, 8, 11, 9, 7, 7, 14, 8, 14, 14, 7, 7, 7, 7, 7, 7, 14, 7, 7, 7, 7, 7, 10, 10, 8, 14, 7, 7, 7, 7, 8, 8, 8, 8, 8, 17, 9, 7, 15, 7, 8, 12, 7, 9, 14, 7, 7, 7, 9, 13, 8, 14, 7, 16, 18, 13, 15, 14, 12, 13, 10, 15, 9, 7, 7, 7, 10, 13, 15, 15, 9, 9, 9, 9, 19, 11, 7, 11, 11, 13, 8, 8, 8, 8, 7, 12, 19, 17, 9, 9, 13, 7, 7, 7, 9, 7, 7, 7, 12, 13, 15, 10, 8, 8, 14, 15, 12, 13, 13, 8, 12, 14, 7, 11, 7, 14, 15, 13, 12, 8, 8, 8, 8, 11, 13, 15, 15, 8, 13, 12, 8, 8, 8, 13, 10, 16, 14, 11, 8, 8, 12, 12, 9, 15, 15, 12, 12, 13, 8, 8, 9, 12, 13, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 11, 12, 11, 7, 14, 7, 13, 13, 13, 12, 18, 16, 7, 12, 11, 10, 10, 15, 9, 9, 9, 21, 7, 7, 7, 11, 16, 8, 8, 11, 11, 7, 7, 7, 7, 7, 19, 7, 7, 7, 7, 7, 7, 7, 7, 7, 12, 8, 9, 12, 14, 11, 9, 9, 9, 22, 12, 3, 3, 4, 8, 8, 15, 4, 2, 2, 5, 5, 3, 3, 3, 3, 3, 3, 6, 6, 4, 4, 4, 12, 7, 10, 2, 3, 3, 3, 3, 3, 3, 3, 6, 7, 3, 7, 5, 14, 4, 4, 7, 8, 10, 4, 1, 3, 3, 6, 2, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 2, 2, 5, 3, 4, 2, 2, 2, 2, 2, 2, 2, 11, 5, 5, 5, 11, 5, 5, 3, 5, 5, 5, 5, 11, 14, 13, 9, 11, 9, 12, 8, 11, 11, 8, 11, 16, 9, 9, 7, 10, 9, 12, 8, 15, 6, 7, 6, 6, 13, 10, 8, 11, 8, 6, 6, 6, 12, 16, 6, 11, 7, 8, 9, 18, 6, 6, 9, 4, 4, 6, 13, 6, 6, 6, 6, 8, 8, 9, 16, 7, 7, 14, 7, 8, 8, 8, 7, 7, 7, 7, 7, 7, 15, 13, 7, 10, 7, 7, 10, 12, 16, 15, 7, 9, 9, 14, 11, 11, 10, 9, 10, 8, 12, 7, 8, 7, 7, 10, 12, 7, 12, 8, 7, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 3, 3, 5, 5, 5, 10, 8, 7, 4, 4, 4, 8, 7, 10, 9, 7, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 3, 7, 4, 5, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 8, 2, 2, 2, 8, 12, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 7, 11, 9, 8, 8, 8, 7, 8, 9, 7, 7, 9, 7, 7, 7, 10, 7, 7, 10, 9, 10, 6, 6, 6, 6, 6, 6, 15, 7, 8, 9, 9, 8, 6, 6, 10, 9, 6, 8, 13, 9, 7, 6, 6, 6, 6, 6, 6, 12, 6, 6, 7, 6, 7, 6, 6, 6, 10, 10, 7, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 14, 6, 6, 7, 7, 9, 6, 6, 6, 6, 9, 9, 8, 9, 10, 9, 8, 9, 12, 7, 7, 7, 8, 7, 10, 12, 11, 9, 10, 7, 7, 7, 9, 10, 10, 8, 12, 9, 7, 7, 9, 8, 8, 8, 10, 7, 7, 8, 9, 9, 7, 7, 7, 8, 2, 4, 2, 4, 6, 3, 4, 2, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 6, 4, 7, 3, 3, 3, 3, 3, 3, 3, 12, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 5, 3, 4, 7, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3, 6, 4, 3, 4, 2, 2, 2, 5, 3, 3, 3, 3, 3, 5, 4, 4, 4, 4, 2, 7, 6, 8, 9, 2, 2, 2, 2, 3, 3, 3, 5, 7, 2, 3, 3, 8, 7, 7, 2, 2, 8, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 8, 7, 7, 6, 10, 6, 9, 7, 11, 4, 6, 8, 8, 7, 8, 4, 2, 5, 5, 5, 5, 3, 3, 3, 11, 8, 9, 6, 6, 8, 7, 4, 4, 7, 6, 8, 7, 2, 2, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 7, 2, 2, 5, 3, 3, 2, 3, 3, 3, 3, 3, 3, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 12, 5, 5, 3, 3, 3, 5, 10, 12, 6, 15, 4, 6, 6, 7, 14, 9, 3, 3, 3, 3, 3, 8, 2, 2, 3, 5, 5, 3, 3, 3, 3, 3, 3, 8, 8, 6, 8, 7, 5, 8, 4, 6, 11, 2, 2, 7, 3, 3, 2, 9, 8, 5, 5, 5, 3, 3, 3, 5, 5, 5, 7, 7, 6, 6, 10, 6, 8, 6, 8, 9, 7, 4, 4, 4, 4, 4, 7, 6, 6, 8, 7, 7, 10, 9, 9, 8, 11, 8, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 7, 6, 2, 5, 5, 6, 7, 6, 4, 8, 9, 11, 2, 2, 3, 3, 3, 3, 3, 3, 3, 2, 2, 5, 3, 3, 3, 3, 3, 9, 9, 6, 4, 8, 7, 7, 5, 9, 8, 6, 2, 6, 8, 7, 8, 5, 5, 5, 5, 5, 3, 3, 3, 16, 8, 7, 7, 7, 8, 7, 7, 7, 7, 9, 6, 9, 6, 10, 7, 7, 7, 6, 10, 8, 9, 11, 11, 8, 4, 4, 10, 8, 8, 6, 9, 6, 11, 8, 8, 8, 15, 7, 8, 9, 5, 3, 3, 3, 3, 3, 5, 2, 2, 3, 8, 9, 10, 3, 2, 2, 2, 2, 2, 2, 3, 6, 4, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 11, 5, 3, 3, 3, 3, 3, 3, 3, 3, 6, 7, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 12, 7, 4, 12, 4, 6, 5, 4, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 11, 10, 6, 4, 6, 10, 8, 3, 3, 3, 3, 3, 3, 3, 3, 5, 4, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2, 5, 3, 4, 4, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 10, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 7, 8, 8, 7, 13, 12, 10, 10, 8, 8, 7, 7, 9, 12, 11, 6, 6, 8, 8, 9, 7, 7, 7, 10, 15, 10, 4, 4, 4, 4, 4, 11, 8, 8, 9, 7, 9, 14, 14, 12, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 12, 5, 5, 5, 11, 10, 7, 9, 3, 8, 7, 3, 15, 13, 11, 4, 4, 2, 2, 2, 19, 7, 5, 5, 3, 3, 3, 3, 3, 3, 3, 5, 22, 18, 6, 14, 17, 4, 4, 19, 16, 18, 2, 3, 3, 7, 2, 3, 2, 3, 3, 6, 4, 2, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 3, 9, 9, 2, 3, 2, 2, 2, 3, 3, 3, 5, 7, 14, 7, 7, 12, 9, 13, 6, 11, 6, 10, 9, 7, 7, 8, 12, 12, 8, 8, 8, 10, 7, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 5, 8, 10, 7, 8, 11, 8, 12, 9, 4, 14, 7, 7, 9, 13, 2, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 1, 2, 2, 3, 3, 3, 3, 3, 3, 5, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 8, 4, 4, 4, 3, 2, 3, 3, 3, 3, 5, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 12, 9, 8, 8, 9, 8, 6, 17, 6, 6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 4, 4, 8, 8, 9, 9, 9, 7, 7, 7, 7, 7, 7, 7, 9, 9, 9, 7, 8, 8, 8, 10, 7, 13, 10, 8, 9, 3, 3, 5, 3, 3, 3, 3, 3, 7, 7, 6, 6, 10, 13, 11, 11, 8, 8, 9, 8, 9, 9, 10, 10, 10, 11, 10, 10, 13, 13, 16, 15, 11, 12, 9, 9, 10, 9, 11, 10, 9, 9, 14, 7, 8, 3, 10, 7, 7, 3, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 7, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 11, 6, 7, 4, 6, 2, 2, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 6, 4, 4, 2, 2, 2, 3, 3, 3, 3, 4, 4, 6, 6, 6, 6, 5, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 9, 11, 6, 10, 9, 12, 7, 7, 11, 14, 9, 7, 12, 3, 3, 7, 12, 11, 12, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 5, 5, 5, 5, 5, 5, 5, 5, 11, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 10, 3, 3, 3, 11, 3, 5, 9, 11, 8, 12, 14, 9, 7, 8, 7, 7, 11, 11, 7, 7, 10, 9, 8, 10, 9, 7, 7, 7, 7, 7, 7, 8, 8, 7, 11, 8, 8, 8, 7, 7, 10, 8, 7, 13, 12, 7, 17, 10, 8, 8, 11, 7, 11, 11, 14, 7, 11, 7, 8, 6, 9, 20, 8, 7, 9, 16, 7, 10, 6, 11, 10, 8, 9, 7, 16, 11, 11, 9, 8, 9, 8, 8, 8, 11, 8, 15, 8, 8, 9, 7, 8, 8, 11, 10, 7, 5, 7, 10, 10, 15, 7, 7, 7, 8, 7, 8, 8, 10, 11, 10, 10, 10, 11, 11, 7, 8, 6, 8, 8, 10, 6, 8, 6, 6, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 16, 6, 15, 6, 7, 11, 11, 7, 9, 10, 11, 13, 10, 6, 16, 8, 10, 12, 11, 6, 6, 6, 6, 6, 6, 6, 10, 6, 10, 7, 7, 7, 11, 7, 11, 6, 6, 6, 6, 6, 6, 17, 7, 7, 6, 6, 12, 22, 6, 6, 6, 6, 6, 8, 6, 6, 6, 6, 7, 6, 6, 5, 6, 6, 8, 11, 6, 9, 14, 11, 9, 11, 7, 7, 8, 6, 6, 6, 8, 10, 9, 6, 6, 6, 6, 9, 7, 6, 6, 6, 6, 6, 15, 6, 4, 4, 4, 6, 4, 17, 8, 11, 6, 6, 9, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 6, 6, 6, 6, 10, 6, 10, 6, 6, 6, 6, 12, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 6, 6, 6, 6, 18, 6, 6, 6, 8, 9, 10, 7, 8, 9, 10, 11, 7, 13, 6, 8, 8, 6, 6, 14, 7, 7, 7, 7, 10, 7, 14, 9, 6, 6, 9, 15, 9, 7, 14, 6, 11, 14, 13, 7, 12, 8, 7, 7, 7, 7, 7, 12, 7, 10, 9, 16, 6, 8, 6, 5, 17, 6, 8, 10, 4, 6, 4, 10, 15, 17, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 8, 4, 4, 11, 7, 4, 4, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 19, 17, 6, 10, 11, 6, 6, 6, 6, 18, 6, 6, 11, 4, 4, 4, 5, 6, 6, 6, 9, 5, 6, 4, 6, 6, 4, 6, 6, 6, 6, 10, 6, 6, 4, 6, 6, 10, 6, 10, 6, 6, 6, 6, 11, 6, 6, 10, 6, 6, 8, 6, 6, 6, 8, 6, 11, 4, 11, 9, 10, 9, 11, 4, 8, 4, 11, 12, 7, 9, 8, 6, 7, 7, 8, 12, 12, 11, 13, 10, 11, 7, 7, 7, 9, 7, 11, 10, 7, 7, 7, 16, 11, 10, 11, 17, 9, 9, 8, 8, 7, 7, 7, 9, 7, 7, 7, 14, 7, 13, 9, 11, 10, 14, 10, 10, 12, 11, 10, 7, 10, 5, 14, 8, 8, 8, 9, 7, 8, 7, 7, 9, 8, 7, 8, 7, 7, 7, 7, 7, 7, 7, 11, 8, 10, 8, 7, 8, 14, 11, 8, 9, 9, 9, 8, 24, 10, 10, 12, 7, 7, 15, 11, 8, 8, 12, 11, 8, 9, 9, 7, 8, 9, 10, 11, 10, 11, 7, 12, 7, 7, 11, 9, 8, 14, 13, 12, 8, 11, 10, 8, 8, 7, 7, 14, 9, 10, 8, 9, 11, 7, 14, 8, 8, 13, 8, 8, 12, 7, 10, 14, 14, 11, 9, 10, 9, 9, 7, 7, 11, 11, 13, 9, 13, 5, 5, 5, 7, 9, 5, 11, 12, 14, 8, 7, 7, 11, 10, 9, 7, 8, 8, 7, 10, 11, 11, 5, 5, 7, 5, 5, 5, 7, 7, 15, 7, 7, 8, 7, 15, 12, 12, 10, 7, 8, 7, 11, 7, 7, 7, 23, 11, 8, 8, 11, 10, 7, 8, 11, 7, 19, 7, 7, 6, 9, 9, 9, 11, 3, 4, 7, 8, 6, 6, 4, 10, 8, 2, 2]);
    var edgeChild = /* @__PURE__ */ new Uint16Array([0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 8, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 1, 1, 1, 1, 1, 18, 1, 1, 1, 1, 1, 1, 11, 1, 11, 1, 11, 14, 1, 1, 1, 1, 11, 1, 11, 1, 1, 1, 1, 1, 15, 24, 1, 1, 1, 1, 1, 1, 21, 1, 1, 1, 1, 22, 11, 1, 1, 1, 1, 1, 1, 1, 1, 23, 1, 1, 1, 17, 19, 1, 1, 16, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 25, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 20, 1, 1, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 1, 27, 28, 29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 11, 11, 11, 11, 1, 36, 0, 0, 0, 1, 1, 1, 1, 39, 38, 1, 1, 1, 1, 1, 37, 1, 1, 1, 1, 41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 42, 0, 0, 0, 0, 43, 44, 0, 0, 0, 0, 11, 1, 1, 1, 11, 1, 1, 1, 47, 49, 49, 49, 47, 49, 47, 47, 48, 49, 47, 49, 47, 47, 47, 47, 47, 47, 49, 47, 47, 48, 47, 47, 47, 47, 49, 50, 50, 48, 49, 47, 47, 47, 47, 47, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 53, 55, 53, 53, 53, 55, 53, 54, 53, 56, 53, 54, 54, 53, 53, 53, 54, 56, 54, 56, 53, 54, 54, 11, 58, 58, 57, 59, 54, 56, 53, 53, 51, 52, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 63, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 70, 71, 11, 1, 1, 69, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 11, 80, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 85, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 83, 86, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 84, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 11, 1, 1, 1, 1, 96, 1, 98, 1, 1, 1, 1, 1, 1, 1, 1, 101, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 104, 104, 1, 1, 11, 1, 107, 1, 1, 1, 1, 1, 1, 1, 105, 1, 106, 1, 108, 1, 1, 1, 1, 1, 109, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 117, 118, 1, 1, 1, 1, 1, 1, 120, 120, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 128, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 133, 130, 132, 127, 1, 131, 1, 1, 121, 1, 1, 1, 1, 124, 1, 134, 1, 1, 1, 1, 1, 1, 126, 1, 115, 1, 116, 1, 11, 135, 113, 119, 1, 1, 1, 1, 1, 114, 122, 1, 11, 11, 11, 125, 123, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 11, 11, 1, 1, 1, 1, 1, 11, 141, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 143, 1, 1, 1, 1, 1, 1, 1, 1, 144, 145, 11, 11, 142, 140, 49, 49, 147, 53, 53, 146, 149, 148, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 152, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 150, 0, 0, 0, 0, 1, 0, 151, 139, 1, 0, 1, 1, 11, 11, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 155, 154, 23, 1, 1, 11, 11, 1, 23, 11, 11, 1, 1, 1, 1, 1, 141, 1, 1, 159, 1, 1, 1, 1, 160, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 1, 1, 143, 1, 1, 159, 1, 1, 1, 1, 160, 1, 1, 1, 141, 1, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 1, 164, 1, 1, 1, 1, 1, 141, 1, 1, 1, 1, 1, 1, 1, 1, 141, 1, 1, 164, 1, 1, 164, 1, 1, 1, 1, 1, 1, 1, 170, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 143, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 1, 141, 1, 1, 159, 1, 1, 1, 1, 176, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 1, 179, 1, 1, 170, 1, 1, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 164, 1, 1, 1, 1, 174, 166, 166, 11, 1, 11, 178, 1, 1, 1, 1, 1, 167, 167, 167, 161, 1, 1, 1, 165, 167, 171, 177, 1, 1, 1, 1, 165, 165, 1, 1, 163, 161, 174, 165, 169, 182, 173, 182, 1, 1, 180, 1, 173, 162, 165, 1, 1, 1, 1, 165, 1, 168, 1, 1, 1, 11, 1, 183, 1, 172, 1, 1, 1, 172, 171, 175, 181, 163, 174, 1, 1, 1, 1, 1, 1, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 186, 185, 185, 186, 185, 185, 185, 185, 187, 187, 185, 185, 186, 185, 186, 185, 185, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 189, 11, 1, 11, 11, 11, 11, 1, 11, 11, 11, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 201, 1, 203, 204, 202, 201, 201, 1, 1, 207, 1, 208, 206, 1, 11, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 219, 201, 201, 201, 201, 219, 1, 1, 1, 1, 222, 223, 221, 1, 1, 1, 1, 1, 1, 225, 225, 1, 1, 1, 225, 225, 227, 228, 226, 1, 230, 1, 1, 1, 1, 11, 236, 237, 238, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 205, 209, 1, 1, 1, 1, 158, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 233, 1, 1, 1, 8, 1, 1, 1, 1, 244, 1, 1, 241, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 192, 216, 1, 1, 1, 212, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 199, 1, 1, 1, 1, 1, 1, 1, 217, 1, 1, 1, 1, 232, 1, 1, 1, 1, 184, 1, 220, 1, 215, 1, 1, 1, 218, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 197, 1, 11, 1, 1, 11, 1, 1, 1, 1, 200, 1, 1, 1, 214, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 245, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 231, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 191, 11, 1, 1, 1, 194, 11, 1, 1, 1, 1, 1, 1, 1, 235, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 193, 1, 1, 1, 1, 1, 1, 1, 240, 1, 1, 1, 198, 1, 1, 1, 213, 1, 11, 1, 229, 210, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 217, 1, 1, 1, 1, 196, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 188, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 211, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 242, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 243, 1, 1, 11, 1, 1, 1, 1, 195, 1, 1, 1, 211, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 234, 1, 1, 1, 190, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 224, 1, 1, 1, 11, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 239, 1, 1, 11, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 255, 0, 0, 0, 0, 0, 256, 0, 0, 0, 0, 0, 0, 1, 11, 1, 1, 1, 260, 1, 1, 1, 0, 261, 258, 259, 1, 1, 1, 1, 1, 1, 266, 1, 268, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 264, 1, 1, 1, 1, 1, 270, 1, 1, 11, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 269, 1, 1, 1, 11, 1, 1, 1, 1, 265, 1, 1, 1, 263, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 267, 1, 1, 1, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 1, 11, 1, 1, 1, 1, 11, 1, 1, 276, 1, 1, 14, 1, 1, 1, 11, 11, 273, 274, 1, 1, 1, 1, 275, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 278, 1, 1, 11, 17, 1, 1, 1, 1, 1, 1, 279, 1, 1, 1, 277, 11, 11, 1, 1, 1, 1, 1, 1, 1, 1, 279, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 288, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 292, 292, 1, 0, 0, 0, 0, 0, 1, 11, 0, 0, 0, 0, 0, 0, 0, 0, 185, 1, 297, 298, 1, 11, 1, 1, 1, 1, 11, 300, 1, 1, 299, 1, 1, 302, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 307, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 11, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 11, 0, 319, 0, 0, 320, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 336, 1, 1, 1, 1, 1, 1, 0, 0, 63, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 344, 0, 0, 0, 0, 0, 0, 0, 0, 0, 346, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 362, 362, 363, 362, 0, 1, 211, 1, 1, 14, 358, 1, 356, 0, 0, 0, 0, 0, 0, 0, 359, 1, 1, 364, 1, 1, 241, 1, 1, 1, 1, 357, 1, 1, 354, 1, 360, 1, 352, 1, 361, 1, 353, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 11, 355, 355, 1, 1, 1, 8, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 351, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 367, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 302, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 407, 407, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 399, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 375, 386, 1, 1, 374, 409, 1, 380, 1, 1, 372, 404, 1, 1, 390, 371, 376, 1, 1, 1, 383, 414, 392, 1, 1, 1, 1, 1, 1, 393, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 402, 406, 0, 0, 86, 1, 1, 0, 400, 377, 413, 378, 381, 388, 1, 403, 0, 1, 0, 86, 397, 395, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 416, 1, 1, 387, 1, 86, 1, 0, 1, 1, 1, 419, 1, 0, 0, 86, 394, 0, 1, 373, 1, 1, 1, 0, 1, 1, 396, 1, 0, 1, 1, 1, 0, 1, 421, 384, 1, 1, 0, 1, 0, 0, 412, 0, 1, 1, 1, 86, 405, 1, 1, 401, 398, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 379, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 411, 0, 86, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 415, 1, 1, 1, 0, 0, 418, 0, 0, 0, 1, 391, 1, 0, 86, 417, 1, 0, 0, 0, 0, 420, 1, 1, 0, 0, 1, 0, 1, 0, 389, 0, 385, 0, 1, 1, 1, 0, 1, 1, 0, 408, 382, 410, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 11, 1, 1, 1, 11, 436, 436, 1, 1, 11, 11, 1, 436, 1, 1, 11, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 448, 1, 1, 0, 1, 1, 1, 1, 241, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 466, 466, 1, 1, 0, 0, 352, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 479, 1, 478, 1, 1, 1, 1, 1, 1, 1, 1, 1, 483, 1, 11, 11, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 491, 1, 1, 1, 493, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 490, 1, 485, 1, 1, 1, 1, 472, 1, 1, 1, 1, 1, 1, 1, 1, 486, 11, 1, 1, 1, 1, 492, 1, 1, 1, 487, 481, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 352, 1, 469, 1, 1, 11, 489, 1, 1, 352, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 474, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 492, 1, 1, 1, 1, 352, 1, 488, 1, 1, 1, 482, 476, 1, 1, 1, 1, 1, 477, 1, 494, 480, 1, 1, 1, 1, 1, 475, 1, 1, 1, 1, 1, 1, 1, 1, 1, 470, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 484, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 473, 1, 1, 1, 1, 1, 471, 1, 255, 495, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 11, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 501, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 11, 1, 71, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 505, 0, 505, 505, 505, 505, 505, 505, 505, 0, 505, 505, 505, 505, 505, 1, 505, 505, 505, 0, 505, 505, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 510, 509, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 514, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 507, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 508, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 516, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 505, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 513, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 506, 0, 0, 517, 512, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 511, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 505, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 506, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 505, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 515, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 527, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 235, 235, 1, 531, 1, 1, 1, 530, 1, 1, 1, 1, 1, 526, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 528, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 532, 1, 1, 529, 1, 1, 1, 1, 1, 1, 1, 1, 407, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 533, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 544, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 11, 1, 547, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 552, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 11, 11, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 63, 1, 1, 11, 11, 11, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 567, 1, 1, 1, 1, 1, 1, 1, 568, 1, 1, 1, 1, 1, 1, 1, 566, 1, 1, 1, 11, 1, 1, 570, 274, 1, 1, 1, 11, 11, 1, 1, 11, 1, 11, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 574, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 580, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 139, 1, 1, 11, 585, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 114, 1, 1, 1, 11, 1, 1, 1, 1, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 590, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 151, 1, 1, 1, 263, 1, 1, 11, 34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 615, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 255, 1, 363, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 620, 1, 1, 1, 1, 0, 622, 0, 86, 0, 621, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 11, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 629, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 624, 624, 0, 628, 626, 624, 624, 624, 624, 624, 630, 624, 624, 634, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 631, 628, 624, 624, 628, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 626, 624, 624, 624, 624, 624, 632, 624, 624, 624, 624, 624, 624, 0, 0, 0, 1, 633, 1, 1, 1, 1, 627, 1, 1, 1, 1, 1, 625, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 11, 638, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 11, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 11, 1, 1, 11, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 103, 68, 316, 342, 447, 576, 0, 4, 72, 271, 290, 318, 343, 369, 423, 449, 0, 538, 560, 577, 640, 10, 0, 64, 95, 433, 445, 465, 618, 0, 536, 559, 573, 655, 0, 34, 6, 0, 500, 539, 645, 603, 74, 0, 7, 321, 291, 424, 502, 452, 579, 86, 641, 0, 619, 345, 454, 504, 10, 112, 324, 545, 6, 34, 0, 347, 86, 426, 86, 522, 12, 6, 138, 284, 310, 0, 656, 549, 0, 606, 0, 67, 6, 6, 287, 102, 2, 468, 434, 446, 639, 0, 6, 0, 6, 322, 110, 6, 604, 540, 581, 0, 503, 425, 308, 323, 9, 75, 111, 642, 584, 427, 348, 335, 455, 153, 78, 326, 588, 550, 644, 607, 370, 365, 518, 6, 79, 156, 13, 311, 285, 563, 589, 608, 555, 593, 613, 654, 40, 6, 296, 330, 368, 340, 253, 34, 569, 596, 253, 45, 251, 301, 331, 341, 442, 459, 520, 309, 0, 77, 605, 0, 439, 453, 334, 86, 283, 86, 0, 623, 587, 543, 328, 457, 86, 428, 422, 0, 0, 0, 10, 598, 614, 252, 0, 460, 443, 572, 557, 616, 658, 92, 253, 46, 332, 431, 461, 612, 0, 551, 329, 312, 86, 250, 87, 31, 425, 34, 6, 429, 366, 339, 647, 635, 565, 592, 554, 0, 294, 88, 34, 441, 458, 0, 34, 462, 0, 254, 636, 558, 10, 444, 463, 253, 284, 93, 257, 637, 617, 600, 521, 464, 432, 286, 262, 94, 62, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 663, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 450, 0, 0, 0, 0, 0, 0, 0, 0, 89, 0, 136, 0, 0, 546, 591, 0, 0, 0, 0, 0, 0, 0, 30, 0, 594, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 450, 0, 0, 0, 0, 542, 0, 293, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 282, 0, 0, 0, 0, 0, 0, 0, 660, 0, 0, 0, 0, 0, 659, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 430, 0, 0, 0, 523, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 73, 0, 0, 0, 0, 0, 0, 534, 0, 0, 0, 0, 0, 0, 440, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 246, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 556, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 535, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 305, 317, 0, 0, 0, 0, 0, 571, 313, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 553, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 496, 0, 0, 0, 350, 0, 0, 0, 0, 81, 0, 289, 0, 0, 0, 0, 0, 0, 26, 0, 0, 0, 0, 611, 0, 0, 0, 0, 643, 562, 0, 0, 0, 0, 280, 0, 0, 0, 0, 0, 0, 498, 0, 0, 519, 0, 0, 0, 0, 0, 65, 0, 0, 0, 303, 61, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 82, 0, 0, 0, 0, 0, 0, 0, 282, 0, 0, 0, 0, 0, 315, 653, 0, 76, 0, 0, 0, 0, 0, 0, 0, 0, 0, 662, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 157, 0, 314, 0, 0, 0, 0, 0, 0, 610, 0, 0, 0, 0, 0, 0, 564, 0, 0, 0, 0, 0, 0, 0, 0, 0, 609, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 66, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 248, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 541, 0, 0, 0, 0, 0, 597, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 525, 0, 524, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 295, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 497, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 325, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 578, 0, 0, 0, 0, 0, 0, 0, 0, 333, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 73, 272, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 649, 0, 0, 595, 0, 0, 0, 0, 0, 0, 0, 0, 0, 281, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 652, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 561, 0, 0, 0, 91, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 537, 0, 657, 0, 0, 467, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 438, 0, 0, 0, 586, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 35, 0, 0, 0, 0, 0, 0, 33, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 327, 0, 0, 0, 249, 0, 0, 0, 0, 0, 0, 601, 0, 0, 0, 0, 137, 0, 0, 0, 0, 0, 602, 0, 0, 0, 0, 0, 0, 0, 450, 456, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 435, 0, 349, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 306, 0, 0, 337, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 575, 0, 0, 0, 451, 0, 0, 437, 0, 0, 0, 0, 0, 0, 646, 0, 0, 0, 582, 0, 0, 97, 0, 583, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 548, 499, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 304, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 450, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 651, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 650, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 661, 0, 0, 0, 0, 0, 599, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 338, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 648, 0, 0, 247, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 666, 666, 666, 666, 666, 666, 666, 665, 667]);
    var labelText = "orgmilcomschnetedugovdrrformsfeedbackofficialaccoorgmilschnetgovmagazinemediaunioncargopilotgroupcaarespressworksaerodromeworkinggroupair-traffic-controlaircraftaccident-preventioneducatormarketplaceambulanceinsurancecateringairportrepbodyenginesoftwaremodellingair-surveillanceconsultingchartertrainermaintenanceservicesdesignflightskydivingfreightassociationstudentgroundhandlingdgcafuelclubtaxicrewshowballooningexpresstraderbrokerauthoragentsairtrafficjournalistsafetyconsultantmicrolightaccident-investigationparachutingequipmentproductionfederationrecreationscientistnavigationengineertradingglidingleasingresearchpassenger-associationentertainmentparaglidinghangglidingaerobaticrotorcraftemergencycertificationgovernmentaeroclubexchangelogisticschampionshiphomebuiltcouncilconferencecontrolairlinecivilaviationjournalorgcomnetedugovcoorgcomnomnetobjappsofforgcomnetuwukiloappsdevsframerorgmilcomnetedugov*coradio2naorgcomnetcommuneedogpbcoitgvorgedugovspreviewfrontendrelayononstagingauthcloudsandboxupid*mtls*privatelinktypedreamdeveloperbravemochawindsurfaivenmirenupsunwnextbegetngrokclerkwale2bwebcsbrunputercrbtsflutterflowcloudzyrospawnbasesliplanemodelenceshiptodaymagicpatternsnetlifyondigitaloceanrailwayhostedclaudehasurabotdashretoolvercelgithubluyanigadgetreplitcloudflaretelebitedgecomputeevervaultexponyatnoopencrpplxzeaburwasmerframerzeropsrocketpreviewconvexmedusajsspritesagilevibesonherculeseasypanelstreamlitglideossnowflakefastedgemesserliloginlinehackclubcodepennorthflankbase44corespeedleapcellngrok-freeclerkstagelovableon-fleek*us-west-3ap-south-2us-central-2us-central-1eu-central-1ap-south-1us-west-2us-east-2eu-north-1ap-north-1us-west-1us-east-1*rcloudintsegorgmilcomgobbetnetintedugovturmusicasenasamutualcoopv6dnsip6uriurnin-addre164homeirisgovdixdaemoncloudnssthwien*inexexkunden4accogvormymyspreadshop4lima2ixortsinfofuturecmsfuturehosting12hpprivfuturemailinglima-cityfunkfeuer123webseitednshomemelmyspreadshopcloudletswasantqldvicactnswtascatholicwasaqldvictasidwasantozqldorgcomvicasnactnetedugovnswtasconfcomairflowlambda-urltransfer-webapptransfer-webappairflowtransfer-webapptransfer-webapp-fipstransfer-webappeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1privatenotebookstudiolabelingnotebookstudionotebooknotebook-fipslabelingnotebookstudionotebook-fipsnotebookstudio-fipsnotebook-fipsnotebookstudionotebook-fipsnotebookstudioeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2experimentsus-gov-west-1us-gov-east-1ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1onrepostsagemakercopporgmilcompronetintedugovbiznameinfoshoprsorgmilcomnetedugovbrendlyresolvenzauscotvstoreorgcomnetedugovbizinfoidacaicoittvorgmilcomschnetedugovinfocloudezproxysiteacmymyspreadshopkuleuvenwebhostingtransurl123websitecloudnsinterhostsolutionsddns5476103298edgfacbmlonihkjutwvqpsryxzbarsycoororgcomedumyftpno-iporxcloud-ipfor-somemmafanfor-morewebhopselfipjozidyndnscloudnsdscloudfor-thefor-betteractivetrailcoeconorestooteorgcomeconeteduassurmoneyafricaarchitectesrestaurantloisirstourismavocatsinfoagrounivcoorgcomnetedugoviatvdeportesaludtksatorgmilcomwebgobnetinteducienciaboliviarevistacooperativaempresanombreindustriamusicapatriamedicinademocraciapoliticapuebloindigenaplurinacionalarteblogwikiinfoagrotransportenoticiasprofesionalacademiaeconomiaecologiamovimientotecnologianaturalpagesappsgroksailsimplesitecepesebamapadfmgalampbacscpirngorotomtrjspaprrprrsesmscepesebamapadfmgalampbacscpirngorotomtrjspaprrprrsesms*biaamfmtcmptvfeirasampajampanatalbelemananiradiog12medindfndbmdtrdthepoaggfjdfdefinfenflegsegongengcngorgzlgslglogppgmillelqslcimcomnomadmjabimbbibbsbabcrectecsjcetcpscpvhudieticriapipsiecnbiorioecogeoteoodoproatoartfstmatvetdetbetnetcntnotfotgrueduajuespappreptmpemparqsrvadvdevgovntrturagrjorfarjusmusdesvixxyzcozfozslzbhzmaringasantamariacampinagrandegoianiasorocabafloripasaobernardocuritibaboavistarecifeaparecidasaogoncasalvadorcuiabamorenamacapalondrinacontagemsocialfortalmaceioleilaoosascoriobranconiteroi9guacutcheblogflogvlogwikitaxicoopmanauspalmascaxiasjoinvillebaruericampinassantoandreribeiraoriopretoweorgcomnetedugovv0windsurfshiptodaycloudsitecoaccoorgnetgovofmilcomgovmediatechzacoorgcomnetedugsjgovmydnspenfnlabnbmbgcbcqconcontnuyksknsmyspreadshopno-ipawdevboxbarsyonidatemfuinabusavinstanceseceuguukussryzespawnloccsxcloud-ipmyphotosfantasyleaguetwmailcleverappsscrappingccwucloudnsftpaccessgame-serverccgovobjectsrmalpgcust*svcalp1aeappenginermalpgmyspreadshop4lima2ixsquare7cloudscale123websitefirenet12hpflowgotdnslinkyard-cloudcloudnslima-citydnskingobjectstorageedaccogoorusorgcomnetintedua\xE9roportxn--aroport-byaassogouvcomilgobgovcloudnses-1eu-west-1us-east-1euvipit1eurarubait1s3lbwebsites3websiteru-spbru-mskelasticcsrunstnukukcaukusnl-ams-1fr-par-1fr-par-2functionsnodess3ddlwhmrdbfnck8sifrs3-websitecockpitscblmgdbdtwhkafkpubprivs3ddlwhmrdbk8sifrs3-websitecockpitscblmgdbdtwhkafks3ddlrdbk8sifrs3-websitecockpitscblmgdbdtwhkafkk8sscalebookpl-wawfr-parnl-amsbaremetalsmartlabelinginstancesdechk2kuleuvenlaravelvoorloperurownoxazapscwhstgrvaporonline-serverobservablehqelementorantagonistreclaimjoteluluencowaydiademjelasticmatlabmagentositetrendhostingaxarnetjenv-arubajelejoteravendbemergenttrafficplexconvexkeliwebserveboltbegetcdnstaticson-rancherprimetelonstackitunison-servicesdnshomelinkyardbarsyjelecloudnscocomnetgovmycn-northwest-1cn-north-1s3s3-accesspoints3-websites3s3-accesspointrdsdualstacks3-deprecatedemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspoints3s3-accesspointrdsdualstackemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicn-northwest-1cn-north-1cn-northwest-1ebcomputeelbcn-north-1airflowcn-northwest-1cn-north-1oncn-northwest-1cn-north-1amazonawssagemakeramazonwebservicesdirectasgdsdhehahljlnmhbacscahqhshhihnlnynsnmofjbjzjxjtjhkcqtwgsjssxnxjxgxxzgz\u7DB2\u7D61\u7F51\u7EDC\u516C\u53F8orgmilcomnetedugovxn--55qx5dcanva-appsxn--io0a7iquickconnectcanvasitekhsjxn--od0algcanva-codemyqnapcloudsrvrlessclustersrealtimestorageleadpagescarrdcrdorgmilcomnomnetedugovhidnssupabaserdpareplmypiumsoxmitotaplpagesfirewalledreplitowodevwebview-assetsvfswebview-assetss3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9eu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1s3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9consent-portals3s3-accesspointdualstackanalytics-gatewayemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websiteemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstackemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstacks3-deprecateds3-websitebedrock-agentcores3-object-lambdaexecute-apibedrock-agentcores3s3-accesspoints3-websites3-accesspoint-fipss3-fipss3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipss3-fipsemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9vfss3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9eu-west-3ap-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1us-northeast-1ap-southeast-1me-south-1af-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1mrapaccesspoints3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipss3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apis3eu-west-3ap-south-2eu-south-2computes3-ap-northeast-2elbrdss3-ap-east-1s3-sa-east-1s3-us-gov-west-1s3-eu-central-1s3-ca-central-1eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3s3-website-us-west-2s3-website-eu-west-1s3-external-1eu-central-1me-central-1ca-central-1il-central-1s3-us-west-1s3-eu-west-1s3-website-sa-east-1s3-website-ap-southeast-2ap-northeast-1ap-southeast-1s3-us-west-2s3-eu-west-2me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2s3-website-ap-southeast-1s3-1s3-globals3-ap-northeast-3eu-north-1airflowap-southeast-2s3-us-gov-east-1s3-fips-us-gov-east-1s3-me-south-1s3-ap-south-1ap-northeast-2s3-website-us-west-1ap-southeast-5s3-eu-north-1s3-ap-southeast-1s3-website-us-gov-west-1compute-1s3-eu-west-3us-gov-west-1s3-website-ap-northeast-1us-gov-east-1s3-fips-us-gov-west-1s3-website-us-east-1s3-ap-southeast-2ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1s3-us-east-2s3-ap-northeast-1authauthauth-fipsauth-fipseu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1eu-west-3eu-south-2ap-southeast-3eu-central-1ca-central-1ap-northeast-1ap-southeast-1ap-south-1us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5eu-west-1us-east-1ap-east-1sa-east-1csrframeservicesbuilderstg-builderdev-builder*ociocpocsazuregcpawsdemoinstanceeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1previeweu-4us-4us-1eu-1us-2eu-2us-3eu-3s3-websitekrkrobjectprivateobjectkrkrskrkrsobjectkrprivateobjectkr-privatecomputepaasrag-cloudrag-cloud-chjcloudjcloud-ver-jpcdemonodebalancermembersipeuxvsoncillaocelotonzayalilynxsphinxfentigercustomercaracalsgkrobjectstoragedesgkrusobjectkrkr-naverkr-naver-devkrprivatewebsiteobjectkr-naverkr-privatekr-naver-devjpjpkrjp4jp5s3-website-jpjpkrjp4jp5objectprivateobjecto365cloudstaticxendevapp001testcode-builder-stgplatformmediasiteprojedrydpagesjsx0desazacncoitrueu4uhkukgrbrushatenadiarymyspreadshopfrom-flfrom-wvwebspace-hosttheworkpchatenablogcursorusercontentservesarcasmapplinzisakuratanwixsitefin-ncloudstoragegov-ncloudstorageappchizigiizeis-into-carsdnsiskinkyadobeaemcloudis-a-therapistpgfogmyvncdojinis-an-actress1kappfldrvkozowqa2jpnmexprgmrfirewall-gatewaydynnscafjsfbsbxooguyfrom-gawoltlab-demois-a-anarchistwiardwebteaches-yogadattowebtb-hostinglive-websiteservegamegotpantheonfrom-nhsubsc-payfrom-ohvipsinaappfrom-cadyndns-officeztna-dingtalkhomelinuxfrom-mahercules-appservebbsstreakusercontentfrom-okfrom-wyfastly-terrariumis-a-llamaqualyhqportalserveexchangeon-vaporvivenushopciscofreakgrayjayleaguesmetaaiusercontentfrom-iais-a-libertariansaves-the-whalestaveusercontentyolasiteoperaunitepoint2thisis-a-catererclaudeusercontentlinodeusercontentfrom-vagithubusercontentsells-for-lesshosteurcanva-appsplaystation-cloudddnsfreefrom-pafrom-prfrom-waddnskingoutsystemscloudhotelwithflightmydattois-a-nascarfanmydbserverminiserverdamnserverservehumouris-a-playerfrom-nvfrom-nmemergentagentgentappsamplifyappfrom-kyis-an-accountantnfshostserveircfrom-akpythonanywherestackhero-networkpostman-echolikescandydyndns-mailobservableusercontentserveftpfreeboxosfrom-utcdn77-storageamazonawsneat-urlnclouddyndns-serverlinodeis-a-teacherfrom-vtgleezemythic-beastsus1-pleniteu1-plenitla1-plenitpaywhirlservecounterstrikejdevcloudhealth-carereformis-into-animegoogleapisis-a-painterafricaisa-hockeynutatmetais-an-actora2hostedis-a-democratdatadetectest-le-patrondigitaloceanspacesis-a-designeris-a-hunterlinodeobjectstemp-dnsissmarterthanyoufrom-arsimplesiteevennodetownnews-stagingis-a-liberalgooglecodejelasticservemp3qualyhqpartnerdyndns-free1cooldnsest-a-la-masiondrayddnsdynuddnsfrom-orfrom-miis-a-bloggerfrom-himydobisscanvacodeis-an-engineerest-a-la-maisonupsunappdevinappswafflecellmyasustorwpenginepoweredfrom-ctservep2psame-appmyshopblocksthingdustdatalikes-piediscordsezis-with-thebandlpusercontentis-leetshopitsite3utilitiesis-a-personaltrainersinaappladeskis-a-cheflogoipselfipbase44-sandboxnospamproxyalibabacloudcsmesswithdnsauthgearappsiamallamawithgooglelutrausercontentmochausercontentframercanvasmytabitdyndns-homew-credentialless-staticblitzcpserverdiscordsaysis-a-nurseappspotatlassian-isolated-3premotewdfrom-mtwixstudiocode0emm180rmyactivedirectoryawsappsmytuleapdnsabrpolyspaceqbuserrenderbuiltwithdarkboutirgotdnsabrdnsdopaascanva-hosted-embedawsglobalacceleratorhomesecuritypcmyiphostditchyouripclever-clouddyndns-ipon-aptibleis-a-musicianhosted-by-filessecuritytacticsappspaceusercontenthomeunixstrapiappsame-previewcf-ipfsmycloudnaselasticbeanstalkis-certifieddontexistkasserverik-serverdrive-platformatlassian-3pfirebaseappncpstorageherokuappawsapprunnerbarsycenteris-a-cubicle-slaveservehttpmyshopifyis-a-guruquicksytessiiitesorsitesmagicpatternsappis-a-cpameteorappfrom-wiis-a-rockstarbumbleshrimpdattolocaldatabricksappsreadthedocs-hostedfrom-rifamilydsdyndns-picsmyoxypagesplesknsbplaceddnsaliasdynaliasdyndns-remotedoomdnsip-ddnsblogdnsis-a-doctorroutingthecloudamazoncognitobarsyonlinedsmynasddnsgurucloudflare-ipfsdeus-canvasfrom-idsmushcdnpagespeedmobilizergcorecdndyndns-at-homeunusualpersonhosted-by-previderis-a-republicandyn-o-saurstreamlitappworkisboringonthewificprapidqualifioappis-uberleetis-slickgetmyipwpdevcloudtypeformdyndns-at-workgentlentapismynascloudw-corp-staticblitzfrom-ingeekgalaxyservebeerfrom-mdonrenderspace-to-rentaivencloudappspacehostedwafaicloudcodespotblogspotatlassian-3p-us-gov-modfrom-ndfrom-msis-a-techieis-a-studentcustomer-ociis-a-photographerdurumisfrom-ksmassivegriddyndns-wikiis-an-entertaineris-a-hard-workermysecuritycamerafrom-mnrackmazedyndns-blogis-a-bulls-fanwritesthisblogfreemyipsimple-urlfrom-sdninjaneer-sitesreservdauthgear-stagingest-mon-blogueuris-into-gamesrice-labsxtooldevicesakurawebis-an-anarchistoraclecloudappsdyndns-worksells-for-urhcloudfrom-dcfastvps-serverwpmucdnis-a-geekscrysecfrom-txis-into-cartoonsmodelscapetrycloudflarelocaltonetstreak-linkbalena-devicesfrom-njforgeblocksfreebox-oswebadorsitefrom-ncdoesntexisthobby-sitestreaklinkshomesecuritymacownprovidertuleap-partnersdattorelaywphostedmailservequakeis-a-socialistservehalflifepivohostingdynuhostingquipelementsw-staticblitzdyndns-webfrom-deproject-studyis-not-certifiedhercules-devis-a-financialadvisoramazonlightsailservepicsis-a-greenloseyouripfrom-ilwithyoutubemwcloudnonprodwiredbladehostingdnsdojofrom-tnpixolinomyqnapcloudncloudstorageis-an-artisthostedpiis-a-landscaperauiusercontentoaiusercontenton-forgeis-a-conservativedreamhostersnet-freaksapps-1and1is-goneencoreapifastly-edgefrom-nesalesforcefrom-scdeployagentoraclegovcloudappsfrom-alis-a-lawyercechirevultrobjectsstufftoreadisa-geekddnsgeeklovableprojecttry-snowplowfrom-moblogsyteis-a-bookkeepernogmyforumravendbmyboxdeelementoredsaacficogoorinforgcomgobnatneteduidstoreorgcomnetintedudevnomepublorgcomneteduathgovtestscalculatorspaynowinfoquizzesresearchedcloudnsfunnelsassessmentsjscaleforcetmacltdorgmilcompronetgovbizpresseklogesrsccloudcustomfltusrcloude4corealmgovmunicontentproxy9metacentrumdyndyndyndnsdynpagespages-researchitionoccustomercomymyspreadshopipv64diskussionsbereich4limacomrubgov2ixfirewall-gatewayddnssspdnsbarsykeymachinesquare7myhome-serverspeedpartnercommunity-proschuldockxenonconnectg\xFCnstigliefernbwcloud-os-instancedyndnssecmy-routerxn--gnstigliefern-wobin-butterl-o-g-i-nisteingeekin-dslin-berlinin-brbfuettertdasnetzleitungsenin-vpnlcube-serverdyn-ip24logoipdyn-berlinruhr-uni-bochum12hpgoipsrvdnsfruskygit-repossvn-reposinternet-dnsg\xFCnstigbestellenhome-webserverxn--gnstigbestellen-zvbbplacedheimdnscosidnswebspaceconfiglima-citydyndns1istmeinvirtualuserschulplattformmy-gatewayddnsseclebtimnetztest-iservmein-iservvirtual-userhome64iservschuletaifun-dnstraeumtgeradeschulserverdynamisches-dns123webseitednshomehs-heilbronndnsupdaterbssgraphicdwadpdwdaepeweaawapaafpfwfabwbpbacwcpcciwebuserapiobjectssites*teamst3r2lpuncldabymebravepanelngrokiservstglclcrmerpflypagesbarsyvivenushoplocalcertlocalplayerbearbloggatewaydeno-stagingis-not-ais-a-goodbotdashvercelmocha-sandboxplatter-appreplitgithubpreviewworkersinbrowserevervaultis-ahrsndenoxmitmodxmyaddrstorageapipayloadgrebedocruncontainersreliantlabsstgstagelclstageloginlineis-a-fullstackcodepenreliantpreviewleapcellngrok-freeis-coolpagelemonstoragewebharemediatechlibp2pdiscoursecomyspreadshopstoreregbiz123hjemmesidefirmcoorgcomnetedugovsldorgmilcomwebgobartnetedugovtmorgpolcomsocartnetedugovassoagrondiscoodontk12medcuegyecpaabgengorgmilgalsaltulcomadmesmgobpubdocmonfindgnriouioproartlatvetnetfotedulojgovntrturibrbarxxxofficialbasechefprofmktgpsictechinfoarqtcontdentrrpppsiqgit-pagesritmedfieorgcomlibprieduaipgovriikmeactvsportorgmilcomscieunnetedugovnameinfopintouchtawktotawkmyspreadshoporgcomnomgobedu123miwebcomputeorgcomnetedugovbiznameinfocognito-idptransfer-webappeusc-de-east-1onjelasticnxaspdnsbarsydirectwpdeuxfleurstransurldogadoprvwcloudnsamazonwebservicesdnshomeuserpartycokoobinmkmspaceviewfidymyspreadshopalandkapsiikixn--hkkinen-5wacloudplatformh\xE4kkinen123kotisivuidacorgmilcompronetedugovbiznameinforadioorgcomneteduusercocomexperts-comptablestmmyspreadshopgretaprdcomnomynhccifbxoshuissier-justicenotairesaeroportfreeboxoson-webavocatassoportgouvkdnschirurgiens-dentistes-en-franceavouesfbx-os123sitewebveterinairechirurgiens-dentistespharmacienchambagrimedecinfreebox-osdediboxgoupilemszicpyicpvicppleysheezypagesedugovcnpyorgcomcybllcpvtnetedugovtnxonlineschoolddnsdaemond6atcopanelorgnetplybotdashstackitkaasorgmilcomnetedugovbizmodltdorgcomedugovcoorgcomneteduappwriteacorgcomnetedugovcloudtranslateusercontentorgcomnetedumobiassoorgcomnetedugovbarsysimplesiteindorgmilcomgobneteduorgcomwebnetedugovguaminfonxhra\u6559\u80B2\u654E\u80B2\u7DB2\u7D61\u7F51\u7D61\u7EC4\u7E54\u7D44\u7E54\u7F51\u7EDC\u7DB2\u7EDC\u7EC4\u7EC7\u7D44\u7EC7\u516C\u53F8\u653F\u5E9C\u500B\u4EBA\u4E2A\u4EBA\u7B87\u4EBAltdorgcomincneteduidvgovxn--uc0ay4axn--55qx5dxn--mk0axixn--io0a7ixn--uc0atvxn--zf0avxxn--lcvr32dxn--od0algxn--wcvs22dxn--gmqw5axn--od0aq3bxn--mxtq1mxn--ciqpnxn--tn0agxn--gmq050iorgmilcomgobnetedufngocdnappvoatiiservwp2tempurlmircloudfreesitewpmudevmyfastgadgetcloudaccessjeleambahalfboltfastvpsemergenteasypanelopencraftizcombrendlynamefromrtpersoadultmedorgpolrelcomproartnetedufirminfoassoshopcoopgouvtmcomediahotelforumvideosportorgsexagrargameslakaseroticaerotikatozsdereklamcasino2000filmsuliinfoboltshopprivnewsszexcityutazasjogaszkonyveloingatlaneacaicogoormy\u1B29\u1B2E\u1B36milwebschnetkopbizzonedesaponpesxn--9tfkymyspreadshopgovmytabittabitorderravpageaccok12idforgnetgovmuniltdplcaccotttvorgcomnetmeca6g5gpgamubacaicniocoukuptverdruscsdelhiindorgmilcomwebnicfingenpronetintedugovresbizbiharbarsyinternetbusinessschooltravelsupabasealumnigujaratfirminfoaeropostbankcoopindevscloudnsno-ipbarsybarrell-of-knowledgebarrel-of-knowledgensupdategroks-thisdnsupdatefor-ourknowsitalldvrcammittwalddynamic-dnsv-infowebhopselfipdyndnshere-for-moreilovecollegemayfirstforumzcloudnsmittwaldservertypo3servergroks-theeusekd1cdndyndnsidrawsainaueuapjpusstagemocksysdevicesclientcustreservdcustdevdisrecprodtestingcowzbeebyteutwenteboxfusebravepstmndedynngrokorgmilcomnomnetedugovqcxqzzbarsythingdustmailerpagemo-siemensrb-hostingfh-muenstergitbookbluebitecloudbeesusercontentnodeartterramindkiloappsforgerockdarklangresinstagingapigeebubbleb-datascryptedhypernodedappnodepantheonsitegitlabgithubkeeneticvirtualservercleverappshostyhostingon-rioedugitticketstelebitwixstudioon-k3sicp0icp12038jeleqotolairbubbleappsmyaddrstolosmyrdbxwebflowdrive-platformbeagleboardhasura-applolipopdefinimavaporcloudmusicianwebflowtestazurecontainerresindevicereadthedocsloginlineeditorxmoonscalesandcatsbasicserversubscribepagewebthingsbrowsersafetymarkbeebyteappbitbucketidaccovistablogorgschnetgovxn--mgba3a4f16axn--mgba3a4fraarvanedge\u0627\u064A\u0631\u0627\u0646\u0627\u06CC\u0631\u0627\u0646jclaspeziapdudcefegelemeperetevebacanatavaparasabgagfgogrgpgalclblimfmrmcbmbvbfclcmcvcrcpcchlimifibicivipirisimncnbnanenrnpntnnolomobocoaogorosopotoptvtatctbtmtltotpusulunutpspapaqsvpvvvtvavvrtrsrprgrfrcrbrarorkrvstsssbscsmsispzczbzbozen-suedtirolmyspreadshopxn--bulsan-sdtirol-nsbxn--valledaoste-ebbtrentinoaltoadigetrentin-sued-tirolxn--forlcesena-c8axn--forl-cesena-fcbxn--bozen-sdtirol-2obtriestetrentinsuedtiroltrentino-s-tirollecceudineaostesienaparmaluccapaviagenoapaduaaostamonzaabruzzoternirietiturinmilanbozenlaziofermoleccocuneonuoropratola-speziavdataaligfvgpugmolcalcamlomumbsicpmnvenvaoedugovabrsarmaremrbastoslazibxosfirenzetrentinos\xFCdtirolval-d-aostavalle-aostamessinacremonaravennatoscanatrentin-suedtirolbolognacalabriaurbinopesarofriuli-v-giuliaogliastraxn--valle-aoste-ebblaquilaandriatranibarlettasyncloudxn--valle-d-aoste-ehbaostavalleyvalled-aostatrentino-alto-adigevallee-d-aostexn--balsan-sdtirol-nsbpistoiasicilialucaniacataniaiserniaperugiabresciaveneziagorizialiguriaimperiabulsan-suedtirolbalsan-suedtirolbarlettatraniandriaxn--trentino-sdtirol-szbforl\xEC-cesenatuscanyvall\xE9e-d-aostemantovavall\xE9e-aostecasertapiemontevalleaostaval-daostafriulivgiuliatrevisoforli-cesenavall\xE9edaosteferrarapescaravald-aostatrentino-altoadigefriuli-vegiuliavallee-aostecarboniaiglesiastarantomediocampidanovalleedaostetrentinosud-tirolcampobassotrentins\xFCd-tiroltrentinos\xFCd-tirolmonzabrianzatrentino-s\xFCdtirolxn--trentino-sd-tirol-c3bpotenzacosenzavicenzaemiliaromagnavenicefrosinonemarchepordenonetrentinosued-tirolvaresemolisevall\xE9eaostefriuli-veneziagiuliabasilicatalatinaanconasavonaveronamodenabiellabolzano-altoadigepugliafoggiaumbriatrentino-stirolgenovapadovamateranovararagusapiacenzatrentinostirolvalleeaostetempio-olbiasudsardegnatrentinsudtirolmassa-carrarafriuliveneziagiuliatrentinosuedtirolandria-barletta-tranitrapanixn--cesenaforl-i8amaceratacaltanissettaascoli-picenobrindisicarraramassacagliaririmininapolivibo-valentiachietibulsan-sudtirolbalsan-sudtiroltrentino-a-adigebulsanbalsaniglesiascarboniamilanotorinoteramodell-ogliastraarezzotrentinoalto-adigerovigotrentovenetoiglesias-carboniatrentino-sud-tirolaltoadigereggio-emiliareggio-calabriasardegnatranibarlettaandriapiedmontxn--sdtirol-n2amedio-campidanotrentino-s\xFCd-tirolfriuli-vgiuliafriuli-ve-giuliaromeennaromapisa32-b16-b64-blodiastibarineencomonaplesforlicesenailiadboxosalessandriasicilytrani-barletta-andriaxn--trentin-sdtirol-7vbpesarourbinotrentinsued-tirolcesena-forliforl\xECcesenaemilia-romagnamonzaebrianzaxn--trentinsdtirol-nsbtrentinos-tiroltrentins\xFCdtirolvalledaostaolbia-tempiocampidanomediovibovalentiasassarivalle-daostalombardysud-sardegnafriulivegiuliareggioemiliamonzaedellabrianzaalto-adigevercellitrentin-sudtiroltraniandriabarlettatrentino-sudtirolascolipicenobozen-s\xFCdtirolfriulive-giuliaflorencexn--cesena-forl-mcbcarbonia-iglesiasaosta-valleycarrara-massadellogliastratrentinoa-adigexn--valleaoste-e7apesaro-urbinoxn--trentinosdtirol-7vbxn--trentin-sd-tirol-rzbxn--trentinsd-tirol-6vbtrani-andria-barlettatrentin-s\xFCd-tirolxn--trentinosd-tirol-rzbgrossetomonza-e-della-brianzas\xFCdtirolreggiocalabriatrentinoaadigetrentin-s\xFCdtirolverbano-cusio-ossolafriuliv-giuliaverbaniacampaniatrentino-aadigefriulivenezia-giuliasardiniaandriabarlettatranibarletta-trani-andriacatanzarooristanourbino-pesarocesena-forl\xECvalle-d-aostacampidano-medio123homepagesiracusatempioolbiasuedtirollombardiaavellinocesenaforl\xECtrentinofriuli-venezia-giuliabozen-sudtirolandria-trani-barlettabulsan-s\xFCdtirolbalsan-s\xFCdtirolmonza-brianzabolzanotrentino-sued-tirolbellunosalernolivornocrotonesondriodnshometrentinsud-tirolmassacarraratrentin-sud-tiroltrentino-suedtirolviterbobergamocesenaforliolbiatempiopalermobeneventoagrigentoofcoorgnetfmaitvphdengorgmilcomschnetedugovperagrikanieasukehandachitatokaiaisaikonanoharuamaobuhigashiuraowariasahiinuyamatobishimaiwakurashitarainazawatoyonegamagorimihamatoyotataharakariyayatomioguchikomakimiyoshinishiotokonamekiyosuchiryutoyohashiokazakiisshikikasugaikotakiratoeianjotogofusosetohazutsushimashinshirotakahamanisshinshikatsuhekinantoyokawaichinomiyatoyoakeodateogataakitaikawakyowahonjoogayurihonjonoshirokamiokakatagamimitanegojomeyokotekosakadaisenkazunonikahohonjyomoriyoshimisatohappoukamikoanihachirogatahigashinarusesembokufujisatokitaakitaitayanagiowanitakkomutsutsurutahirosakigonoheoirasetowadamisawanohejiaomorishingohiranairokunohehashikamitsugarushichinohehachinohenakadomarisannohekuroishisakaeisumiasahiotakiinzaiabikomatsudoyachiyomutsuzawakujukuriomigawakashiwatoganemihamanaritasakuranagaramobarahanamigawachoshishiroichoseikozakishisuikatorimidorichonankyonanfuttsuonjukufunabashinagareyamanodasosatakochuotohnoshourayasukimitsuyokaichibayotsukaidosodegauratateyamakamagayayokoshibahikariyachimatakatsuuratomisatokisarazukamogawaichikawanarashinoichinomiyashimofusaminamibososhirakoichiharaoamishirasatoikatahonaiainansaijoseiyoiyoozuuwajimaniihamanamikatamasakiuchikokihokutobetoonshikokuchuomatsuyamaimabarikamijimakumakogenyawatahamamatsunosabaeikedaobamasakaifukuiohionotsurugamihamawakasaminamiechizeneiheijikatsuyamatakahamaechizensoedaukihaomutaokawanishiogoribuzenonojosueumiokiotochikugosasagurisaigawamizumakishinyoshitomikurumekurateyamadakasuganakamamiyamanogatatakatahakataiizukakawaratagawakasuyaashiyainatsukimunakataminamitsuikishonaikurogifukuchikeisenhigashimiyakoshinguyukuhashiokagakiyamekogaongausuikahotohochuotoyotsumiyawakadazaifuhisayamatachiaraiyanagawanakagawahirokawachikujochikushinochikuhochikuzennamieotamaokumashowateneiiwakikoorinangoononishigoshimogoomotegomishimafukushimaasakawakagamiishishirakawaiitatefutabahiratayugawahanawakitakatakawamatakunimiyabukibandaihigashihironoyamatomiharuyamatsuriaizubangedatesomaaizuwakamatsuyanaizuaizumisatonishiaizuizumizakikitashiobarataishinkaneyamakoriyamainawashirotanagurafurudonosamegawasukagawaishikawatamakawaikedaogakitaruiginanenahashimahichisonakatsugawaibigawashirakawamizunamiminokamomitakekawauesekigaharatomikasakahogikitagatayamagatatajimianpachimotosuyaotsukakamigaharahidakanisekitokigujominogodoyorogifukasamatsutakayamawanouchihigashishirakawakasaharashimonitatsumagoichiyodakannakanrashowameiwakiryuotaoratomiokafujiokaitakuranaganoharahigashiagatsumatakasakishibukawaminakamikatashinatsukiyonokawabanumataannakaoizumimidorishintoisesakiuenoyoshiokakusatsutakayamanakanojonanmokutamamuratatebayashimaebashiotakekaitadaiwahongofuchukuietajimashobaramiharahatsukaichihigashihiroshimamiyoshikumanokurenakasakaseraseranishiasaminamifukuyamashinichionomichiosakikamijimajinsekikogentakeharaotobenanaeikedatohmaozoraobiraabirakyowaeniwataikibibaisharirebunerimohiroooketootarupippunishiokoppechitosefurubirahakodateshiranukakitahiroshimakushiroobihironanporoiwamizawaniikappukunneppufukushimanakasatsunaitoyourakuromatsunaiakabirakamisunagawashibechaurakawakamifuranonakatombetsuasahikawashimokawakayabeokoppebiratoriabashirisaromaatsumanumatahidakabifukamukawamikasahorokanaitoyotomisarufutsuhigashikawaishikarikitamiyoichiesashiiwanaitomariminamifuranoakkeshifuranotoyakoyakumootoineppushikaoishiraoinemuronayorohaboroashorobihororishirifujiutashinaihokutotakasuebetsuurausuassabukikonaishimamakinaiedatetoyabieinikiesanuryuoumuteshikagarikubetsuashibetsukimobetsuaibetsutobetsusobetsuembetsushimizuchippubetsurishirihokuryuhoronobeshintokutsubetsushibetsuhonbetsumombetsutsukigatakuriyamakoshimizushiriuchikutchanmurorannoboribetsukamishihorowassamushinshinotsukembuchiwakkanaikamoenaikiyosatotakinoueshikabesunagawafukagawanakagawatakikawakamikawahigashikagurahamatonbetsumatsumaemoseushirankoshishakotanimakanemashikeotofuketomakomaisandatambaitamiawajikasaiasagoshisoonoakoyashirotoyookaminamiawajiinagawafukusakitakasagokamigorikasugaharimayokawaashiyahimejiakashitaishiaogakisannantakinosumototakarazukanishinomiyashingugoshikinishiwakiyokatakaaioimikisayoyabukawanishiamagasakisasayamashinonsenkakogawaichikawakamikawatatsunotsukubaiwamaogawaasahisakaitokaioaraiitakobandodaigosuifuinaamikasumigaurakashimaomitamayachiyoshimodatetomobetoridehitachinakainashikisakuragawakasamayawaramoriyahitachiomiyanamegatayamagatahitachikamisuushikutakahagiibarakitonekoganakasowayukimihojosomitoryugasakishimotsumafujishirotsuchiurachikuseihitachiotashirosatotamatsukuriuchiharashikahakuinanaotsubatawajimakahokukawakitatsurugikaganominotosuzuuchinadakomatsuanamizunakanotohakusannonoichikanazawaiwateshiwafudaikawaimoriokaofunatohanamakikuzumakikitakamininohekunoheyamadayahabasumitaichinosekitanohatahiraizumirikuzentakatajobojiotsuchihironomiyakoiwaizumikarumaiichinohenodakujitonooshushizukuishifujisawamizusawakamaishikanegasakimannoutazukotohiraayagawazentsujihigashikagawauchinomikanonjisanukimarugamemitoyotakamatsutadotsunaoshimatonoshoakuneamamiizumihiokiyusuikinkoisasookouyamanakatanekagoshimakanoyaisenkawanabeminamitanemakurazakitarumizunishinoomotematsumotosatsumasendaioimatsudaayaseebinamiurazushinakaiodawaraiseharasagamiharahakoneaikawakaiseiatsugitsukuihadanoyamatoyamakitazamaoisochigasakininomiyayokosukakamakuraminamiashigarafujisawasamukawakiyokawahiratsukayugawaraokawaumajikochitsunootoyoakiinonishitosayasudahidakamiharasakawaniyodogawahigashitsunokagamigeiseisusakiotsukinaharisukumomurototosakamiochitoyotosashimizumotoyamanankokunakamurakitagawayusuharaogunichoyoukiasoutoozugyokutoamakusamifunetakamoriyamagaminamataminamiogunikikuchisumotoyamatonagasumashikiaraokumamotokamiamakusanishiharayatsushiroayabeseikasakyoideineujinakagyokameokakyotangokyotanabekyotambaminamiyamashiroyamashinatanabeyawatawazukaminaminantanmiyazuhigashiyamafukuchiyamakitamukokamojoyokizumaizuruujitawaraoyamazakinagaokakyokumiyamakawagoeinabeshimameiwaasahitaikiudonoisetsukisosakikuwanamihamamiyamasuzukatamakimisuginabarikumanokomonominamiisewataraitobakiwatakikihotadomatsusakayokkaichikameyamaureshinoishinomakishichikashukuohirataiwaosakizaohigashimatsushimashikamaiwanumashibataogawaraonagawakawasakiseminemarumoriminamisanrikukakudamuratawakuyatomiyanatoriwataritagajomisatotomekamirifushiroishimatsushimayamamotoshiogamafurukawahyugaebinotsunosaitoayakushimanobeokakitauramiyazakitakazakigokaseshiibamimatashintomikunitomikitakatakobayashikawaminamitakaharukijotakanabemiyakonojonishimeranichinankitagawakadogawamorotsukakisofukushimaminamimakisakaeobuseikedaogawamiasaokayaasahiotakiotarichinoinaomichikumakomaganechikuhokukaruizawayasuokaooshikaikusakaminamiaikitogakushimatsukawakawakamitateshinatakamorikitaaikishiojirimiyadahakubaiizunaiijimaiiyamamiyotasuzakayasakatoguraookuwanagawaminowahirayayamagataminamiminowafujimiomachisakakitakaginaganonakanosakuhokomoronagisoshinanomachiwadauedaiidaharasuwatomiachiaokianankisosakunozawaonsenagematsutakayamashimosuwamatsumotoyamanouchinakagawamochizukiazuminotatsunoobamaomuraseihiunzenosetofutsuikichijiwanagasakiisahayahasamisaikaikawatanasasebohiradokuchinotsugototogitsutsushimashimabarashinkamigotomatsuurayamazoekashibaikomakawaitenrioyodosangokoryoudaojiikarugayamatokoriyamatenkawakatsuragikurotakikawakamimiyakemitsuetakatorikamikitayamayamatotakadahegurishinjokanmakisakuraitawaramotogoseoudanarasoniandokawanishishimoichihigashiyoshinokashiharashimokitayamanosegawayoshinomintsivorytopazsakuragehirnsumomoaseinetopalmail-boxmokurenyoitamuikaojiyagosensanjoaganomyokoseiroagaomishibataniigatanagaokamurakamiuonumayuzawakariwatagamitainaitsunanminamiuonumatochioyahikojoetsuseiroukamosadoizumozakitokamachiitoigawasekikawakashiwazakitsubamemitsukekokonoesaikiusukibeppuusahimeshimakunisakihasamataketatsukumihitaoitahijikusuyufukujukamitsuebungoonobungotakadaibaraniimibizentsuyamaokayamakasaokahayashimayakagemaniwaakaiwamisakishinjotamanotakahashikibichuowakesojanagishookumenannishiawakurakurashikiasakuchisetouchikagaminosatoshotomigusukunakagusukuyaeseizenaurumaiheyaaguniogiminanjokinminamidaitokitanakagusukuyonaguniokinawaishigakikunigamiurasoekadenataramahiraraginozataketomishimojizamamitonakiitomanhigashimotobuyonabarugushikamionnanahanagohaebarukumejimakitadaitonakijinnishiharayomitanginowantokashikiishikawaikedasuitaminohizuminishisakaikananabenodaitoosakasayamayaokishiwadatadaokakaizukatondabayashichihayaakasakakumatorikadomasayamahigashiosakashijonawatehirakatataishimisakitajirihannansennankatanotoyonominatosettsuhigashiyodogawaibarakinosekitachuohigashisumiyoshifujiiderakashiwaraizumiotsutoyonakamatsubaramoriguchiizumisanoshimamototakatsukineyagawahabikinotakaishikawachinaganoyoshinogarikamiminearitaouchiimarihizenogikashimaariakekiyamafukudomikitagatakitahataomachigenkaikanzakinishiaritakyuragisagataratosutakushiroishikaratsuhamatamakouhokukawagoeyoshidasatteogoseirumaasakaurawaogawaniizaomiyayoriiotakishikihonjooganohannohanyuinasaitamaokegawaarakawayoshikawayokozehasudasayamahidakafukayachichibuiwatsukiryokamiyoshimikamiizumifujimiwarabiranzanmiyoshiminanoyashiosakadosugitomisatohigashichichibutodasokakukiyonokazoshiraokakasukabekounosukawajimatsurugashimamiyashirokitamotohatoyamamoroyamahatogayakumagayakawaguchinagatorokamisatomatsubushinamegawatokigawakamikawafujiminohigashimatsuyamakoshigayatokorozawas3isk01isk02ryuohkoseikonanaishorittotakashimamaibarahikonetorahimenishiazaikokagamokotoyasuotsukusatsunagahamamoriyamatoyosatotakatsukinotogawaomihachimanhigashiomiakagiunnanizumogotsuamayatsukakakinokimatsuehamadamasudahikawahikimiokuizumoyasugiyakumomisatotamayuohdahigashiizumookinoshimanishinoshimatsuwanoshimaneshimadafujiedayoshidashimodagotembaiwataatamikosaiyaizuitoizumishimahaibaramakinoharaomaezakikawanehonkannamisusonohigashiizufukuroinumazukawazufujiaraishizuokahamamatsushimizuizunokunimatsuzakimorimachiminamiizunishiizukikugawakakegawafujikawafujinomiyaujiietsugaoyamayaitaohiranikkoashikagakuroisokanumasakurashioyakarasuyamamotegiichikaikaminokawatochigihagamokanogisanobatonasumibunasushiobaranishikatautsunomiyaiwafunemashikoshimotsukeohtawaratakanezawaitanokomatsushimatokushimaichibaminamiaizumiwajikikainanmiyoshinarutomimamugiananmatsushigesanagochishishikuinakagawamachidachiyodakomaefussainagitaitochofufuchuomeotahigashiyamatotoshimaokutamaaogashimakodairaedogawaarakawahachiojishinagawatachikawashibuyasuginamihinodekiyosesumidaoshimanerimamitakahamuraadachinakanomizuhobunkyomegurominatokoganeihigashikurumekokubunjihigashimurayamamusashimurayamatamakitahinochuokotokatsushikakouzushimaogasawaraakishimakunitachishinjukusetagayamusashinohachijoitabashiakirunohinoharachizunanbukotouramisasawakasayonagokogehinoyazutottorinichinansakaiminatokawaharaoyabetairainamiasahinantoimizufuchutakaokakurobeyamadajohanatoyamatonaminyuzenfunahashinakaniikawanamerikawaunazukitogahimiuozufukumitsutateyamakamiichiiwadearidayuasainamitaijikatsuragiaridagawatanabemihamahidakakainankiminomisatoshingushirahamakamitondayurakozakoyagobokitayamawakayamakudoyamahashimotokushimotokozagawahirogawakinokawanachikatsuurarsuseroeoishidasagaeoguniasahinagaitendonanyoobanazawanishikawasakataohkuratozawamikawamamurogawayamagatafunagatatakahatashonaishinjokahokuiideyuzakawanishitsuruokakaminoyamayamanobeshiratakamurayamanakayamakaneyamahigashineyonezawasakegawamitouubeyuuabushimonosekitabuseoshimatoyotaiwakunihikarishunannagatohagihofukudamatsutokuyamashowadoshitsurunanbukoshukaiminami-alpsnirasakikosugeotsukioshinohokutominobuyamanashifuefukichuokofuichikawamisatoyamanakakonakamichitabayamanishikatsuranarusawafujikawahayakawafujiyoshidafujikawaguchikouenohara\u9577\u91CE\u4EAC\u90FD\u5C90\u961C\u5927\u962A\u4E09\u91CD\u7FA4\u99AC\u5343\u8449\u6ECB\u8CC0\u4F50\u8CC0\u5948\u826Fadednelgaccogogror\u79CB\u7530\u611B\u77E5\u9AD8\u77E5\u57FC\u7389\u6C96\u7E04\u6803\u6728\u718A\u672C\u5CA9\u624B\u9752\u68EE\u5C71\u68A8\u65B0\u6F5F\u5CF6\u6839\u9CE5\u53D6\u9577\u5D0E\u9999\u5DDD\u5BAE\u57CE\u77F3\u5DDD\u5927\u5206\u5BAE\u5D0E\u8328\u57CE\u5C71\u53E3\u5175\u5EAB\u5C71\u5F62\u5FB3\u5CF6\u5E83\u5CF6\u798F\u5CF6\u798F\u5CA1\u5CA1\u5C71\u5BCC\u5C71\u9759\u5CA1\u611B\u5A9B\u798F\u4E95\u6771\u4EACxn--4it168dhatenadiaryxn--vgu402ckawaiishophatenablogcocottenamaste\u5317\u6D77\u9053penneehimeiwateversestabachibashigagonnagunmapermahaccaakitaosakauh-ohblushkochiaichifukuikuroncapooitigohyogotokyokyotopunyuthickcheap0t00g00j0mie2-ddaapyawjg0amfemsubxiiboomoobutchueekpgwrgrherskrboyrdyupperunderflierchipsmydnsheavyangryhippygirlyrulez\u795E\u5948\u5DDD\u9E7F\u5150\u5CF6\u548C\u6B4C\u5C71bambinaxn--nit225kokayamasaitamaxn--k7yn95exn--1lqs03nsapporoparasitelolipopmcxn--efvn9sniigatafukuokatokushimafukushimahiroshimakagoshimafakefurokinawaxn--8pvr4ucoolblogxn--0trq7p7nnkawasakinagasakimiyazakichilloutxn--8ltr62kxn--klty5xpeeweezombiecutegirlxn--rny31hxn--uuwu58axn--ntso0iqx3axn--djrs72d6uytoyamanikitanyantakagawamimozanagoyaboyfriendxn--2m4a15egreaterchowderegoismyamagatafashionstorexn--elqq16hxn--pssu33lsendaimiyagixn--rht27zpecoriaomorisaloonwatsonvivianxn--djty4knobushipigboatnaganopinokoxn--f6qx53asadistvelvetsecretxn--5js045dchicappayamanashiibarakidigickgirlfriendxn--1lqs71dmongolianxn--c3s14mxn--qqqt11mtochigixn--5rtq34kparallelo0o0mondkobesagabonadecaoitanarafoolkilldecimainhiholomosblokilociaoundopupugifutankcrapflopnooroopsmodsholyjeezstripperpepperbittershizuokaxn--rht3dkitakyushureadymadeicurusversusmatrixxn--rht61ehungryfloppygloomycrankyhandcraftedlittlestarxn--klt787dxn--kltx9awhitesnowsunnydaytottorilovepoptheshopbuyshopxn--5rtp49cxn--d5qv7z876cwebaccelxn--kbrq7oxn--4pvxsxn--1ctwolovesickkumamotocatfoodxn--tor131oyokohamawakayamatonkotsuxn--ehqz56nxn--uist22hxn--6btw5axn--kltp7dyamaguchifrenchkisspussycatxn--4it797kxn--uisz3gbabybluexn--zbx025dnetgamersxn--7t0a264ckanagawaxn--6orx2rishikawaxn--ntsq17ghalfmoonschoolbusjellybeanxn--mkru45iusercontentlolitapunkxn--32vp30hsakurastoragehokkaidoshimanecandypopbabymilksupersaleweblikeraindropbackdropwebsozaikikirarahateblodaynightmeneacsccogoormobiinfoaeusxxorgmilcomnetedugovorgcomnetedugovbizinfotmprdorgmilcomnomedugovassnotairespresseassocoopgouvveterinairemedecinpharmaciensorgnetedugovtraorgcomedurepgovmeneperekgacscaiiocogoitoresmshsseoulbusanulsandaeguc01milvkimmvchungnamjeonnamjeonbukeliv-dnsgyeonggijejueliv-cdnincheondaejeongangwongyeongbukgwangjuchungbukgyeongnameliv-apicoeduindorgcomembnetedugovorgmilcomnetedugovjcloudorgcomnetintedugovperbnrinfocooyorgcomnetedugovethipfscanvamypepethw3sstorachakeeneticjoinmcinbrowserdwebcyonnftstoragemyfritzaemewphlxachotelltdorgcomwebsocschngonetintedugrpgovassnomgacsccoorgnetedugovbizinfo123websiteidorgmilcomasnnetedugovconfidmedorgcomplcschnetedugovaccoorgnetgovpresstmassoirseproxaccosoundcasthoptocraftvp4c66orgnetedugovitsxwxmcdirmyboxbarsyedgestacksynologylogintoopencloudnohostwebhopdiskstationi234tcp4hoocgroknoipprivmydsddnsdnsforlohmustransipdscloudfilegear-sgbrasiliafilegearframerbarsybarsyonlinecoprdorgmilcomnomedugovinforgcomnetedugovnameacprorgcomartnetedugovpresseinfoassoinstgouvorgnycedugovbarsydscloudjuorgcomnetedugovminisiteaccoororgcomnetgovorgmilcompronetintedugovbizmuseumnameinfoaerocoopaccoorgcomnetintedugovbizcooporgcomgobneteduorgmilcomnetedugovbiznameaccoorgmilneteduadvgovcoorgcomnetaltgovforgotherhiskeeneticispmanagernomassoprod5476132eastasiacentraluswesteuropewestus2eastus2pnortheurope-01newzealandnorth-01southindia-01southcentralus2-01norwaywest-01eastus2-01westus2-01australiaeast-01italynorth-01israelnorthwest-01swedencentral-01westeurope-01centraluseuap-01taiwannorthwest-01uaecentral-01northcentralusstage-01israelcentral-01mexicocentral-01canadacentral-01austriaeast-01germanywestcentral-01francecentral-01ukwest-01denmarkeast-01polandcentral-01eastus-01westus-01swedensouth-01eastus3-01westus3-01brazilsouth-01centralus-01francesouth-01australiacentral-01westindia-01uaenorth-01jioindiacentral-01canadaeast-01belgiumcentral-01spaincentral-01koreacentral-01chilecentral-01qatarcentral-01westcentralus-01eastus2euap-01norwayeast-01southafricanorth-01brazilsoutheast-01germanynorth-01switzerlandnorth-01switzerlandwest-01japanwest-01southafricawest-01japaneast-01eastasia-01indiasouthcentral-01taiwannorth-01centralindia-01uksouth-01southcentralus-01northcentralus-01eastasiastage-01indonesiacentral-01australiacentral2-01australiasoutheast-01malaysiawest-01koreasouth-01southeastasia-01southeastus5-01northeastus5-01jioindiawest-01rucdnwest1-usfra1-desandboxjls-sto1jls-sto3jls-sto2aglobalabglobalsslmapprodfreetlsmapvpslon-1lon-2ny-1fr-1sg-1ny-2paassnwebpaashostingjelasticnordeste-idcsocuserpagescwebfileblobservicebuscoreatlricnjsjelasticwebsitestoragesezagbinruhuukjptsmyspreadshopmynetnameakamaiorigin-stagingfrom-coipv64dynv6cdn77serveblogadobeaemcloudhicamsprytdnsupno-ipownipde5ovhicpfirewall-gatewaysytesmypsxbarsyusgovcloudapimyamazemyradwebakamaihdsaveincloudfastlylbfrom-lasubsc-paysquare7in-the-bandblackbaudcdnhomelinuxoninfernoctfcloudservebbsdns-dynamiccloudfrontakamai-stagingipifonyham-radio-opsenseeringclickrisingcommunity-profrom-nylocalcertgrafana-devedgesuite-stagingcloudflareanycasteating-organicatlassian-devmydattofeste-iplocaltotorprojectknx-serveredgekeycloudflareglobalcloudyclustercasacamserveftpakamaized-stagingakamaiorigindns-cloudmyeffectboomlabotdashbuyshousestwmailhetemlazure-mobilein-dslthruhereredirectmedynuddnsbouncemesupabaseluyanicloudappakamaicloudfunctionsdebiannhlfanpgafanstatic-accessin-vpnmysynologymafeloappudohomeftptrafficmanagersiteleafseidatmemsetcloudflarecloudaccesskeyword-onazure-apiis-a-chefdoes-itgets-itwebhopselfiphomeipkicks-assedgesuitewindowsserver-ontunnelmolemydissentscrapper-sitecloudflarecnuni5srcfggffiobbzabchrsndenodynuopikddnsvpndnsakadnselastxkinghostvps-hostfastlyhomeunixazureedgeshopselectdontexistmyfritzcloudjiffyalwaysdatasells-itsquaresbroke-itazurefddattolocalat-band-campmeinforumfamilydsazurestaticappsdefinimabplaceddnsaliasdynaliasnow-dnsblogdnsroutingthecloudendofinternetdsmynasakamaiedgemymediapcadobeio-staticakamaiedge-stagingakamaihd-stagingddns-ipprivatizehealthinsurancelive-onkrellianschokokeksmassivegridmysecuritycamerarackmazeserveminecraftfrom-azis-a-geekakamaizedmoonscaleoffice-on-theusgovtrafficmanageradobeioruntimeedgekey-stagingreserve-onlinechannelsdvrdnsdojousgovcloudappcdn77-sslapps-1and1podzoneazurewebsitesdynathomescaleforceyandexcloudvusercontentisa-geekcdn-edgescoaemalcesappwriteazimuthtlonarvobuiltwithrocketnoticeablestorecomwebrecnetperotherfirminfoartslgdloncogoiltdorgmilcolcomplcschgenngonetedugovbiznamefirmmobiacincoorgmilcomnomwebgobnetintedubizinfocomyspreadshopdemongovtransurl123websitehosting-clusterkhplaycistrongsnesosvalerv\xE5lerxn--vler-qoaossandeheroysandeher\xF8yb\xF8boheroyher\xF8yxn--hery-iraxn--b-5gavalerb\xF8boxn--b-5gasandesandexn--hery-iraxn--vler-qoav\xE5lerh\xE5re\xE5laahavaofsfvfhlolnlalrlhmfmtmahcostntbu\xE5strmreigersundmyspreadshopg\xE1ls\xE1eidsvolltingvollgildeskalflor\xF8vads\xF8vard\xF8vanylvenxn--bhccavuotna-k7astrandaxn--kvnangen-k0axn--sknland-fxaxn--mosjen-eyarakkestadhyllestadnannestadvevelstadvaapstenordre-landsondre-lands\xF8ndre-landtjieltexn--vrggt-xqads\xF8r-aurdalsor-aurdalheradstordmoldefordef\xF8rdeseljefedjeryggehemnexn--krehamn-dxasognegranes\xF8gnebrynetjomevallebykletokkegiskedovretj\xF8mehob\xF8lvoldasaudatolgas\xF8mnaviknad\xF8nnasomnadonnatranafrananesnaraumasmolatr\xE6nafr\xE6nalesjasm\xF8la\xF8rstaorstahitrafloraaukraloppafr\xF8yarissasnasahalsagalsaromsaraisar\xE1isafroyasn\xE5sagronghobolfjelltydal\xE5rdalardalaskimharamkraanghkekr\xE5anghkesorumbarumhurumb\xE6rums\xF8rummodums\xE1l\xE1tb\xE1l\xE1tfrognbjugnv\xE5ganvagangulenskienl\xF8tenlotenstrynvefsnxn--merker-kuaskaunsveiob\xF8mlobomloskj\xE5kvardoflorovadsosalatbalats\xE1latkl\xE6buklabuselbubarduulvikskjakkleppris\xF8rxn--nttery-byaefl\xE5eidflahofmilgolholsellomskifetvikdepvgsfhsaskerrisorhamarasnes\xE5snesr\xF8rosrorosxn--slat-5namasoynaroyvaroyluroydyroyaskoyradoyandoyrodoymeloyrad\xF8yand\xF8yr\xF8d\xF8ymel\xF8yask\xF8ylur\xF8ydyr\xF8ym\xE5s\xF8yv\xE6r\xF8yn\xE6r\xF8yhoylandeth\xF8ylandetdivtasvuodnal\xF8renskoglorenskognesoddtangenxn--tjme-hraxn--smla-hraxn--stjrdal-s1aunjargalillehammerunj\xE1rgaxn--hamary-fyadavvenjargaxn--bearalvhki-y4a123hjemmesidegjerdrumxn--brnnysund-m8acxn--tnsberg-q1axn--mlatvuopmi-s4axn--snsa-roaxn--skierv-utaxn--brum-voatysfjordkvafjordeidfjordkv\xE6fjordsongdalenmjondalenmj\xF8ndalenxn--gls-elackragerog\xE1\u014Bgaviikagangaviikas\xF8rreisasorreisas\xF8r-varangersor-varangerxn--risr-iraskiervaxn--frna-woaxn--trna-woakvinesdalleksvikleirvikr\xF8yrvikroyrviksvelvikvenneslaevje-og-hornnessandnessj\xF8enmarnardalvindafjordsandefjordenebakksnillfjordullensvangxn--trany-yuabr\xF8nn\xF8ysundnamsskoganaustevollxn--stjrdalshalsen-sqbnord-aurdalnord-frontr\xF8gstadtrogstadgrimstadflakstadgjerstadxn--sandy-yuaxn--leagaviika-52bnore-og-uvdalvegarsheixn--rlingen-mxaxn--ggaviika-8ya47hveg\xE5rsheikarlsoykvitsoymasfjordenhamaroyinderoyosteroydavvenj\xE1rgasauheradguovdageaidnuxn--vre-eiker-k8abronnoysiellakkr\xF8dsheradkrodsheradkvinnheradbr\xF8nn\xF8yxn--mtta-vrjjat-k7afxn--lrenskog-54akvits\xF8yv\xE1rgg\xE1tkarls\xF8yoster\xF8yinder\xF8yhamar\xF8ybronnoysundxn--aurskog-hland-jnbbahccavuotnab\xE1hccavuotnagiehtavuoatnastor-elvdalmidtre-gauldalxn--gildeskl-g0akarasjokevenassixn--bievt-0qaxn--yer-znalebesbynessebyxn--hbmer-xqamalselvm\xE5lselvxn--unjrga-rtam\xF8re-og-romsdalmore-og-romsdalhareidmeland\xF8rlandorlandstrand\xE5lg\xE5rdsolundalgardafjord\xE5fjorddielddanuorrikautokeinoxn--stre-toten-zcbskodjeaejriestangeliernebamblestokkefauskesn\xE5asesnaasekongsvingerlangevagberlevagxn--flor-jrahattfjelldalostre-toten\xF8stre-totenvestfoldxn--mely-ira\xE1laheadjualaheadjunordreisaxn--troms-zuaxn--lgrd-poacporsangerflatangerstavangerleikangerbremangersamnangergieldakarasjohkaxn--rdy-0nabfrostautsirasnoasatromsaxn--sr-aurdal-l8aflekkefjordj\xF8lsterjolsteraremarkhedmarkn\xE5\xE5mesjevuemienaamesjevuemiexn--vard-jrarollagmer\xE5kermerakerorskog\xF8rskogxn--bdddj-mrabd\xE1k\u014Boluoktaxn--osyro-wuaaknoluoktatrysilskjerv\xF8ymandaljondalbindalrindalmeldalsuldalorkdalsigdalalvdall\xE6rdalhurdalsirdalverdallerdallardaloppdal\xE5seralaseralhadselkrager\xF8divttasvuotnaoverhallasteinkjerxn--hnefoss-q1askedsmokorsettroms\xF8xn--dyry-iravestre-totenmuseumxn--sandnessjen-ogbrahkkeravjufylkesbiblb\xE1jddarbajddarxn--laheadju-7yarennes\xF8yxn--koluokta-7ya57hxn--hgebostad-g3aleirfjordstorfjordbalsfjordb\xE5tsfjordbatsfjordmuos\xE1tbiev\xE1tloab\xE1tk\xE1r\xE1\u0161johkan\xF8tter\xF8yxn--mjndalen-64anordkappl\xE1hppilahppialstahaugsiljanverranr\xF8ykenroykenhaldenlyngenbergenhortenh\xF8nefosshonefosstroandinbeiarnvarggatosoyroos\xF8yrotromsoidrettmuosatbievatruovatloabatvoagattynsetnessetxn--indery-fyask\xE1nitskanitraholtr\xE5holtxn--ystre-slidre-ujbandebusarpsborgbearduxn--karlsy-fyahordalandjorpelandj\xF8rpelanddeatnuringsakers\xF8r-odalsor-odalxn--slt-elabringerikeaudnedalnittedalnissedalhemsedalslattumsurnadalxn--blt-elabelverumstj\xF8rdalnaustdalhjartdalgj\xF8vikfyresdalhasviknarviklarvikgjovikmalvikgamviklenvikporsgrunnstjordalengerdaldrobakdr\xF8bakxn--msy-ula0hvestvagoyxn--vgan-qoaxn--ryken-vuaxn--lten-graxn--stfold-9xaxn--hpmir-xqaxn--lury-iram\xE1latvuopmimalatvuopmitysv\xE6rkirkenesbirkenesmoskenesb\xE1id\xE1rxn--fjord-lraxn--rdal-poabahcavuotnab\xE1hcavuotnaxn--frde-gralind\xE5sbearalvahkixn--hobl-irar\xE1hkker\xE1vjuxn--loabt-0qav\xE5g\xE5\xE1lt\xE1bod\xF8sundlundrader\xE5deetnetimeholeauregrueoddavagavegaranatanaarnasolasulaaltalekafusavangbergkvam\xE5mliamlibokntinnroangranosenoslobodor\xF8stroststat\xE5motamotivgupriv\xF8yeroyerliermossvossxn--nvuotna-hwalusterlunnermarkerh\xE1bmerhabmerhvalerfjalerxn--rholt-mratysvarbaidarfitjargaularh\xE1pmirhapmirmelhusfosnes\xF8ksnesoksnestysneshemnesevenesflesbergeidsbergtonsbergt\xF8nsberglindasxn--sndre-land-0cbnamsosxn--srum-gra\xF8ystre-slidreoystre-slidrevestre-slidretrondheimbalestrandxn--langevg-jxaaustrheimxn--skjk-soavagsoyaveroysandoykarmoyfinnoytranoyvestbytranbysykkylvenxn--hyanger-q1aspjelkavikandasuoloxn--fl-ziaxn--drbak-wuastathellexn--sr-varanger-ggbtelemarkxn--bhcavuotna-s4axn--porsgu-sta26f\u010D\xE1hcesuolocahcesuoloakrehamn\xE5krehamnsand\xF8ykarm\xF8yfinn\xF8ytran\xF8yv\xE5gs\xF8yaver\xF8ynamdalseidxn--lesund-huabadaddjaxn--vegrshei-c0axn--btsfjord-9zagildesk\xE5lporsanguxn--trgstad-r1an\xE1vuotnanavuotnahammerfestxn--sgne-graxn--brnny-wuacibestadharstadnarviikaeven\xE1\u0161\u0161ivestnesgjemnessandnesagdenesrennesoyxn--avery-yuaxn--tysvr-vrabearalv\xE1hkikongsbergspydebergrandabergxn--andy-iradavvesiidaxn--krdsherad-m8apors\xE1\u014Bgufredrikstadbjerkreimringeburennebuaurskog-holandnotteroyxn--vgsy-qoa0jxn--rmskog-byaskierv\xE1ivelandbyglandfrolandaurlandforsandxn--bjddar-ptamidsund\xE5lesundalesundfetsundfarsundovre-eiker\xF8vre-eikerakershusxn--moreke-juas\xF8rfold\xF8stfoldostfoldsorfoldh\xF8yangerhoyangerlevangerorkangertanangerxn--vestvgy-ixa6olillesandulsteinxn--rennesy-v1agranvinskjervoyxn--klbu-woalavagisxn--h-2faxn--ryrvik-byakafjordk\xE5fjordseljordfolkebiblxn--gjvik-wuajevnakerxn--kfjord-iuabudejjuxn--kranghke-b0axn--davvenjrga-y4axn--rland-uuaxn--ldingen-q1axn--mlselv-iuaxn--rady-iraxn--linds-prabrumunddalxn--ygarden-p1amo-i-ranaeidskogr\xF8mskogromskoghjelmelandxn--finny-yuaxn--sr-odal-q1axn--skjervy-v1aballangenkvanangenkv\xE6nangengratangenxn--hmmrfeasta-s4acvossevangensuohkanxn--rde-ulaxn--mli-tlaxn--ksnes-uuanordlandskanlandsk\xE5nlandsortlandfuoiskuxn--rros-graxn--hcesuolo-7ya35bxn--eveni-0qa01gagaivuotnag\xE1ivuotnaxn--seral-lradrammenmodalenmosjoenjan-mayentorskensteigengloppenxn--snes-poamatta-varjjatxn--sr-fron-q1aomasvuotnajessheimb\xE5d\xE5ddj\xE5xn--krager-gyaxn--kvfjord-nxaxn--asky-iraxn--snase-nraxn--bidr-5nacholt\xE5lenxn--vads-jraxn--jlster-byamosj\xF8enxn--rst-0nastavernxn--ostery-fyaxn--oppegrd-ixaxn--sknit-yqaxn--risa-5naoppeg\xE5rdskiptvetrendalenholtalenxn--mot-tlaxn--lhppi-xqaxn--holtlen-hxaxn--srreisa-q1akopervikxn--muost-0qaxn--bmlo-grahokksundkvalsundegersundxn--karmy-yuaullensakerxn--hylandet-54axn--kvitsy-fyaxn--bod-2nalangev\xE5gberlev\xE5gkristiansandxn--rsta-frahornindalstj\xF8rdalshalsenstjordalshalsensandnessjoenh\xE1mm\xE1rfeastaxn--lrdal-sras\xF8r-fronsor-fronnord-odalkristiansundm\xE1tta-v\xE1rjjatvestv\xE5g\xF8ynesoddennotoddenbuskerud\xF8ygardenoygardensalangenlavangenralingenr\xE6lingenlodingenl\xF8dingenlea\u014Bgaviikalaakesvuemieleangaviikauenorgexn--srfold-byaaskvollxn--rskog-uuaxn--nry-yla5gxn--vry-yla5ghammarfeastaxn--rhkkervju-01afxn--givuotna-8yakommunekrokstadelvanedre-eikerhagebostadh\xE6gebostadxn--berlevg-jxakviteseidxn--s-1faxn--l-1faxn--nmesjevuemie-tcbafuosskomo\xE5rekemoarekexn--lt-liacxn--jrpeland-54asvalbardoppegardholmestrandtvedestrandsogndalsokndalarendalsunndalfolldalxn--krjohka-hwab49jlyngdaletnedalnorddalsaltdalgausdalskedsmovaksdalgjesdalstordalxn--frya-hraaarbortedrangedalxn--smna-graaurskog-h\xF8landxn--vg-yiabtjeldsundhaugesundlindesnesxn--mre-og-romsdal-qqbxn--dnna-gradyntmpheremerseineshacknetenterprisecloudmineaccomaorim\u0101oriorgmilcriiwigennetschoolhealthkiwigovtgeekxn--mori-qsacloudnsparliamentcomedorgcompronetedugovmuseumwebsitekinservicebarsywebsitebuildereerobookheimdnsleapcelleero-stagetechcrscsslorigingohomecdbedeeeiemesecabgngilnlalplchfisiincnnoroptatitmtltruauhulumkdkukskjplvtrgrfrkrhrusesismycynzcznetinteduassoososcloudstgbetaaezaeuhkusjswzhatenadiarycdn77hoptozaptois-a-knightmyftpno-ipjpnddnssdpdnsspdnsbarsysweetpepperis-a-bruinsfanis-very-sweetservegameis-a-soxfanhomelinuxcdn77-secureservebbsmisconfusedwebredirectblogsitefreedesktopcouchpotatofriestoolforgeaccesscamis-lostreadmyblogsmall-webfedorapeopleserveftpis-a-celticsfanmywirepotagertwmailin-dslsellsyourhomeread-booksfreeddnscable-modemis-savednflfanufcfanmlbfanstuff-4-saleendoftheinternetin-vpnmy-firewallhomeftpis-localis-a-chefboldlygoingnowherewebhopselfipkicks-assroxatunkcamdvrfedoraprojectgotdnsdvrdnsdyndnspubtlspimientahomeunixdontexistfedorainfracloudwmflabsfspagesbmoattachmentsteckidsfamilydsdnsaliasdynaliasnow-dnscloudnsdoomdnsduckdnsblogdnshomednsroutingthecloudendofinternetdsmynasip-dynamicpoivronhttpbinmyfirewallis-very-evilmysecuritycamerais-a-linux-userwmcloudis-a-geektuxfamilyis-a-candidatedoesntexistis-very-badhobby-sitegame-hostaltervistais-foundis-a-patsfandnsdojohepforgepodzonedynservcollegefanis-very-goodfrom-meis-very-niceisa-geeknerdpolacmedsldingorgcomnomgobabonetedugintapleskaemhlxmyboxrockyprvcydeuxfleurssolidresvibekitprodomgspdnscodebergheyflowstatichostlinkyhostmymagicorgmilcomnomgobneteduorgcomeduiorgmilcomngonetedugovcloudns1337ngrokacorggogfamcomwebgobnetedugokgopgkpgovgosbizpasaugumicsopozpapuwmwsrprusiskwpspkppspkmpspokeoiawsawifoumsdnskokwpmuppuppsppiwwiwoowuzswkzoschrzpisdnwzmiuwwitdpssewsseumigugimoirmpinbwinbwiihupporzgwgriwupowwskrwioswuozstarostwokonsulattmpccopruszkowmyspreadshopostrodakartuzyopolegminamediaustkazgorajgoraolawailawalomzawloclradombytomjaworznotargilubinkoninzagantorunkutnokepnonakloczestsopotsanokturekplockslasksklepzarowlukowmedaidgdaorgmilrelcomnomatmgsmartneteduelkgovwawsossexbiztgorysejnytychypomorzeboleslawiechomesklepsdscloudunicloudzakopanelegnicarawa-mazbydgoszczswidnikkrasnikwloclawekbielawamragowograjeworealestatebeskidykaszubymalopolskaprzeworskswiebodzinlecznadfirmaszkolawarmiagdyniamiastakazimierz-dolnymalborkswidnicadlugolekaostrolekapodlasieelblagtravelsimplesitezachpomormielecszczecinnieruchomosciwalbrzychlezajsklublinbedzinpoznanwielunmielnooleckostarachowicedkontopowiatwroclawrybniksuwalkileborkslupskgdanskostrowwlkptarnobrzegtourismwegrowkrakowglogowyou2pilanysamailwrocinfoagroautobeepshoppriviqhslapypiszlodzcfolksecommerce-shopmazurypulawyskoczowrzeszowpomorskiezgierzkaliszolkuszlowiczostrowiecsosnowiecmazowszewodzislawbialowiezazgorzeleckatowicepabianicejelenia-gorawolominkarpaczsieradznowarudaczeladzkonskowolaskierniewiceswinoujscieturystykabieszczadycieszynketrzynolsztynbialystokbabia-goraprochowicewarszawastalowa-wolapolkowicegorlicegliwiceponiatowalimanowalubartowaugustowkobierzyceopocznognieznoszczytnokolobrzegshoparenapodhalebielskoklodzkostargardcoshipatwithplayitownnamecoorgnetedugovacorgcomproestnetedugovbiznameislaprofinfoprodrechtngrokmedaaaacacpaenglawjurbarenterbarsykeeneticavocatacctcloudnsorgcomsecplonetedugov123paginaweborgcomnetintedugovnomepublidkinbarsygovx443cloudnsorgmilcomnetedugovcooporgmilcomschnetedugovnamecomcannetlibassoaemclantmcontstoreorgcomnomrecwwwbarsyfirminfoshopartsv6stackitmyddnswebspacelima-cityacincooxorgedugovbarsybrendlyhbvpsvpsspectrumlandinghostingacppmordoviamcprecbgorgmilcomspbnetintedumsknovgovbirrasmcdirmytismircloudvladimirnalchikadygeyamarinepyatigorskmyjinobashkiriaeurodirvladikavkazna4ugroznykustanaikalmykiacldmaildagestaniransmbuildcloudcanvaliaravalrwxwixdevelopmentappwritemigrationneedleverceldatabasestackitcodereplravendbsanityonporterlovableaccoorgmilnetgovcoopmedorgcompubschnetedugovservicemecomygovorggovtvmedorgcomnetedugovinfoedgfacbmlonihkutwpsryxzbdtmacfhppmyspreadshopbrandpartiorgcomfhvpress123minsidaitcouldbeworlanbibkommunalforbundfhskiopsyskomvuxkomforbnaturbruksgymnloginlineorgcomnetedugovenscaledeuusentsurgebotdaorgmilcomnetgovnowteleporthashbangbearlyplatformlovablebarsyshopwarebasehoplixbarsyonlinemsf5gitpagewawamscofigma-govcaffeinefigmacanvaceerosoltstscwputernippybarsysupportchatgptsquareomniweopensocialcpanelplaycodenotionnovecorewpsquaredpreviewjelecyonbyensrhtklivfastvpspieboxconvexmedusajsjouwwebheyflowplatformshdocsflowyloginlinemadethissourcecraftclouderaorgorgcomartedugouvunivmeorgcomnetedugovsurveysstatichfheiyumanusxs4allprojectmyfastubervibehostapp-ionosdeployagentmecoorgcomschnetedugovbizcncostoreorgmilcomneteduembaixadaconsuladokiraranohoprincipesaotomeheliohobarsystorebaseshopwaresellfyaisanityabkhaziavologdamordoviapenzalenugsochinavoiexnetspbmsknovnorth-kazakhstanashgabadkareliaarmeniageorgiavladimirnalchikivanovobukharaadygeyakhakassiakalugakrasnodarjambylaktyubinsktroitskbryanskobninskkurganazerbaijanpokrovskbashkiriatselinogradvladikavkazmurmansktulatuvamangyshlaktashkentchimkentgroznykaragandatermezarkhangelskkustanaikalmykiabalashoveast-kazakhstankaracoldagestantogliattibarsyredorgcomgobedumirenaccoorgjelasticdiscoursecleverappsschacmiincogoornetonlineshopcogoorgmilcomwebnicnetintedugovbiznametestcoorgmilcomnomnetedugovorangecloudpersoindorgcomfinnatnetgovensmincomtourismintlinfox0611orgmilcomnetedugovquickconnectvpnplusnettprequalifymeaddrmyaddrntdllwadlnctvavdrk12orgmilpolbeltelcomwebgennetedutskkepgovbbsbiznameinfocoorgmilcompronetedugovbiznameinfobetter-thanworse-thansakurafromdyndnson-the-webmymailerorgmilurlcomneteduidvgovmydnsgameclubebizmeneacsccogotvorhotelmilmobiinfovodteiflgplkmsmsbcckhincndnvncoztltmkckppzpdprvcvkvlvcrkrkscxuzchernovtsyrivneyaltaodesavolynrovnolutskltdinforgcomnetedugovbizvinnicazhitomirternopilpoltavakropyvnytskyizaporizhzhiasevastopolsebastopoluzhgoroduzhhorodkharkovkharkivvinnytsiakhmelnytskyizaporizhzhecrimeaodessazhytomyrnikolaevcherkassydonetskluganskluhanskkirovogradivano-frankivskchernivtsikrymkievkyivlvivsumyzakarpattiamykolaivcherkasychernigovkhersonchernihivdnipropetrovskdnepropetrovskkhmelnitskiyneacsccogoorusorgmilcomedugovmyspreadshopadimono-ipbarsybarsyonlinelayershiftnh-servretrosnubapicampaignservicelugaffinitylotteryweeklylotteryraffleentrygluglugsmeaccoindependent-inquestnimsitecopropymntltdorgplcschnetgovnhsbarsyindependent-commissionindependent-reviewpolicepublic-inquiryindependent-panelconnhospindependent-inquiryroyal-commissionoraclegovcloudappscck12libaws-govccphxcclibpvtparochchtrcck12libcceatonk12coglibtecgendstmusann-arborwashtenawcck12glghcck12sealibforksolympiabainbridge-islkeyporthoquiamyarrow-pointcentraliaport-townsendsequimport-ludlowrentonsilverdalebremertonredmondsheltonbellevueport-orchardport-angeleskingstonchehalisaberdeengig-harborseattlepoulsboidmdndsddemenegacalamaiavawapailalflnmdcncscohnhmihiviwiriinmntnmocoutvtctmtgunjokakwvnvprarorasmskstxwynykyazisadninsnngosrvis-bymircloudservernamepointtoenscaledland-4-salefreeddnsstuff-4-saleazure-apinoipdatabricksappscloudnsgolffanheliohostazurewebsitesgvorgmilcomgubneteducoorgcomnetd0egvorgmilcomnetedugovmydnsiacostoree12orgmilcomnomwebgobbibrectecnetintedugovraremprendefirminfoartseducok12orgcomnethidnsadidacaionioapsonlahanamhanoicamauhueorgcompronetintedugovbizbacninhtayninhhoabinhnamdinhtravinhhaiphongvinhlonghaiduongquangnamquangtrithuathienhuequangninhbacgianghaugiangquangbinhsoctrangbentrethanhphohochiminhdanangkontumhatinhkhanhhoathanhhoahealthgialailaocaiyenbaibackanngheanlonganphuyenphuthocanthodaklakdongnainameinfovinhphucdongthapkiengiangtiengiangquangngailaichaulangsonlamdongdaknonghagiangangiangcaobangbinhduongninhthuanbinhthuanbaclieuthaibinhninhbinhbinhdinhtuyenquanghungyenbaria-vungtauthainguyendienbienbinhphuocschbizputerorgcomnetedugovcloud66advisormypetsdyndnsxn--8dbq2axn--4dbgdty6cxn--5dbhl8dxn--hebda8bxn--80auxn--d1atxn--c1avgxn--o1acxn--o1achxn--90azhxn--55qx5dxn--uc0atvxn--od0algxn--wcvs22dxn--gmqw5axn--mxtq1mxn--12c1fe0brxn--h3cuzk1dixn--12co0c3b4evaxn--12cfi8ixb8lxn--o3cyx2axn--m3ch0j3axn--j1adpxn--90amcxn--90a1afxn--h1ahnxn--j1ael8bxn--h1alizxn--c1avgxn--j1aefxn--80aaa0cvacxn--41acaffeineexeopentunnelbotdashtelebitorgtmaccoagricorgmilnomwebnicngonetaltedugovlawnisschoolgrondaraccoorgmilcomschnetedugovbizinfoprg1-zeropstritonstackitlimazeropsaccoorgmilgov\u044F\u0441\u043F\u0431\u043E\u0440\u0433\u043A\u043E\u043C\u043C\u0441\u043A\u0431\u0438\u0437\u043C\u0438\u0440\u0441\u0430\u043C\u0430\u0440\u0430\u043A\u0440\u044B\u043C\u0441\u043E\u0447\u0438\u0430\u043A\u043E\u0434\u043F\u0440\u043E\u0440\u0433\u043E\u0431\u0440\u0443\u043F\u0440\u05E6\u05D4\u05DC\u05DE\u05DE\u05E9\u05DC\u05D9\u05E9\u05D5\u05D1\u05D0\u05E7\u05D3\u05DE\u05D9\u05D4\u0E2D\u0E07\u0E04\u0E4C\u0E01\u0E23\u0E18\u0E38\u0E23\u0E01\u0E34\u0E08\u0E23\u0E31\u0E10\u0E1A\u0E32\u0E25\u0E28\u0E36\u0E01\u0E29\u0E32\u0E17\u0E2B\u0E32\u0E23\u0E40\u0E19\u0E47\u0E15\u6559\u80B2\u7DB2\u7D61\u7D44\u7E54\u516C\u53F8\u653F\u5E9C\u500B\u4EBA\uB2F7\uB137\uD55C\uAD6D\u6FB3\u95E8\u65B0\u95FB\u6FB3\u9580\u8054\u901A\u5BB6\u96FB\u5609\u91CC\u62DB\u8058\u901A\u8CA9\uB2F7\uCEF4\uC0BC\uC131\u30B3\u30E0\u10D2\u10D4\u0431\u0433\u0440\u0444\u0435\u044Eadcdbdgdidmdsdtdaebedeeegeiejekemenepereseveyegabacalamanauavapaqasazacfbfafgfnfpfwftfbgcgagggegkgngmgsgpgvgtgugilmlnlalclglplsltlhmimjmkmmmomambmcmdmfmgmzmpmsmtmgbbblbsbecccacnclcmcvctcscmhkhghchbhthphshlinikifigiaibicivisikninhnmncnbngnsnpnvntnjoionomobocoaofodorosotoptstttytatbtetgtithtmtltrusuvuaucueuguhulumunufjdjbjtjsjlkmkhkfkdkcktkukskpkgpmpnpkpjpgqaqmqiqsvtvcvbvmvlvrwpwtwzwbwcwawgwkwmwtrsrprgrfrercrbrarnrmrlrkrirhrwsusrssspsgsesbsaslsmsissxmxaxcxuypysylymykygybycyuztzsznzmzkzdzczbzaz\u03B5\u03BB\u03B5\u03C5\u4E16\u754C\u53F0\u7063\u8D2D\u7269\u516C\u76CA\u70B9\u770B\u81FA\u7063\u7F51\u7EDC\u66F8\u7C4D\u5728\u7EBF\u7F51\u7AD9\u624B\u673A\u673A\u6784\u5927\u62FF\u6E38\u620F\u4FE1\u606F\u53F0\u6E7E\u8C37\u6B4C\u6148\u5584\u5546\u6807\u9999\u6E2F\u4E2D\u56FD\u9910\u5385\u7F51\u5740\u4E2D\u570B\u5546\u57CE\u98DF\u54C1\u5FAE\u535A\u653F\u52A1\u79FB\u52A8\u96C6\u56E2\u516C\u53F8\u516B\u5366\u5546\u5E97\u5065\u5EB7\u7F51\u5E97\u653F\u5E9C\u65F6\u5C1A\u4F5B\u5C71\u4E2D\u4FE1\u5A31\u4E50\u5E7F\u4E1C\u4F01\u4E1Ahomedepotengineering\u0627\u0645\u0627\u0631\u0627\u062Arepublicankuokgroupversicherungchannelcitadelxn--pgbs0dhxn--b4w605ferdstatebankwebsitexn--mgb9awbf\u4E9A\u9A6C\u900A\u6DE1\u9A6C\u9521alibabaxn--ngbc5azdxn--mgbbh1axn--45br5cyltoshibabuildworldcloudtradeguideplacespacedancemoviephoneprimesmilebiblestyleappleazurestoreskypegripexn--l1accdrivelottehorsehouseleasechasereisestadahondaomegaaetnaamicaninjanokiamediadeltavodkaedekaosakapizzaslingemailgmailtirolshelltmallfinallegaltotalhotelamfamforumrehabmusicciticricohcoachwatchboschearthfaithirishmiamiarchidubaiguccipraxi\u307F\u3093\u306A\u30B9\u30C8\u30A2\u30BB\u30FC\u30EBcanonsalononionnikonepsonkoelngreensevencrownikanoradioaudioweiboglobopromogalloyahoociscorodeovideomangobingotokyovolvolottokyotophotosmartsportquesttrusthyattjetztadultcymrubaidutushuxn--kprw13dubankclickblackmerckgroupsharpcheapnowtvxn--h2brj9c\u05E7\u05D5\u05DD\u0570\u0561\u0575\u043E\u0440\u0433\u0441\u0440\u0431\u043C\u043E\u043D\u043A\u043E\u043C\u0431\u0435\u043B\u043C\u043A\u0434\u049B\u0430\u0437\u0440\u0443\u0441\u0443\u043A\u0440\u0645\u0635\u0631\u0642\u0637\u0631\u0639\u0631\u0628\u0643\u0648\u0645dadcfdmedwedredphdthdbidpidkrdmsdltdiceonewmeglemoerwecfageacbanbambaaaammakianraspacpaaxawtfbcgaegongingaigvigorgdogdhlmilrilonlaolloluoljllcalgalnflafltelsrlfrllplkimibmcamcombommomifmabbjcbscbwebcabnabtabmlbpubabcbbcnecincpncllcstcwtcpwcnyckfhbzhovhmoiskiobisbitcifyituipinvinwinxincbnbcnmanfangdnmenrenkpnmtnyunrunfununobiojioriohbogmofooboooooacoecoceongoproartistottnttbbtcateatlatvetpetbetnethktmitfitintjothotgotdotbotprueduicujnjyouinknhktdkappsapgapmapdnptopgopllpjmpzipvipripesqtrvdtvitvdevmovgovhivnrwlawsewnewbmwwownowhowdvrftrmtrsfrbarcartvscrseusawsupsubssbsadsddsldssasbmsmlsxxxboxfoxgmxtjxsextaxbuyflydiysoyjoyskypaydaygayxyzanzbizwebersenerpokerlameractortatarsolar\u0EA5\u0EB2\u0EA7\u0E04\u0E2D\u0E21\u0E44\u0E17\u0E22tourslocusnexuslexusgiftsbeatsboatspartspressglassswiss\u0915\u0949\u092E\u0928\u0947\u091Ftiresgivescodeshomesgamestunesshoescardswalesloansvegastoolsdealsautosparis\u30D5\u30A1\u30C3\u30B7\u30E7\u30F3workssucksrocksxeroxforexfedexpartylillymoneystudyrugbytoraytoday\u4E2D\u6587\u7F51xn--unup4y\u5929\u4E3B\u6559\u98DE\u5229\u6D66\u65B0\u52A0\u5761enterprises\u6211\u7231\u4F60\u5609\u91CC\u5927\u9152\u5E97christmasxn--fct429kholdingsxn--8y0a063axn--mgbx4cd0ablifestyleabogadoallstatenetbank\u0643\u0627\u062B\u0648\u0644\u064A\u0643xn--s9brj9cxn--gk3at1ebestbuycharityxn--55qx5dmicrosoftpropertybasketballhomegoodscorsicajewelrygallerygrocerysurgerycountrybrusselsverisignferreroxn--czr694bhdfcbankcommbanksoftbank\u067E\u0627\u0643\u0633\u062A\u0627\u0646\u067E\u0627\u06A9\u0633\u062A\u0627\u0646nextdirect\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0647\u0627\u0644\u0639\u0644\u064A\u0627\u0646xn--h2brj9c8cxn--80adxhksshikshaxn--mgbai9azgqp6jcuisinellabarclayscatholicxn--kpry57dcompanyxn--xhq521bblackfridayxn--mgba3a3ejtsandvikxn--d1acj3bacademydownload\u0645\u0644\u064A\u0633\u064A\u0627xn--j1amhxn--w4r85el8fhu5dnraipirangaathletaxn--fhbeixn--mgbqly7cvafrzuerichxn--c2br7g\u0B87\u0BB2\u0B99\u0BCD\u0B95\u0BC8contractorsxn--io0a7igraphicsinsurancetemasekxn--xkc2al3hye2amotorcyclesphotographydirectoryplumbingxn--vhquvclothingtrainingcleaningwilliamhilllightingxn--mgba3a4f16ashoppingcateringeducationokinawapicturesventuresproductionsxn--9et52uwalmart\u0D2D\u0D3E\u0D30\u0D24\u0D02supportrealestatecapitalonexn--nqv7fs00emaauspostfloristdentistxn--qxamgodaddybradescobargainsmitsubishikerryhotelsxn--9dbq2axn--3pxu8kimmobilienxn--fjq720axn--mgbtx2bholidaymckinseymadridbusinessbuildersxn--4gbrim\u043C\u043E\u0441\u043A\u0432\u0430\u0627\u0644\u0633\u0639\u0648\u062F\u06CC\u0629coffeedegreelacaixapartnersalsaceofficeabbvievoyageorangegeorgeonlinechromemobilekindlegoogleoraclecircleschulesecureinsurexn--mgba7c0bbn0aestatexn--mgbc0a9azcgcruisehangoutxn--vuq861bxn--42c2d9arexrothfirestoneuniversityxn--nnx388alifeinsuranceextraspace\u043E\u043D\u043B\u0430\u0439\u043Dverm\xF6gensberatersoftwarexn--fiqs8sxn--mgbab2bdxn--w4rs40ltienda\u092D\u093E\u0930\u0924\u092E\u094Dafricatoyotaotsukasakuracameracreditcardnagoyaconsultingnetworktheatermonsterprogressivepioneerxn--55qw42gracingdatingvotingvikinglivinggivingxn--bck1b9a5dre4cbrotherweatherjoburg\u0641\u0644\u0633\u0637\u064A\u0646lplfinancialxn--clchc0ea0b2g2a9gcdfutbolschoolsocialglobaldentalwoodsidechanelairtelmatteltravelrealtorwebcamstream\u0C2D\u0C3E\u0C30\u0C24\u0C4Dunicomalstomxn--nodexn--6frz82gmuseumfurniturexn--rvc1e0am3exn--mix891faccenturexn--11b4c3dismailineustardiscountquebeccomsecclinicservicesxn--y9a3aqxn--c1avgswatchchurchsearch\u0627\u0644\u0627\u0631\u062F\u0646marketingcontacthealthmonashshoujisanofitaipeiamericanexpresssuzuki\u30A2\u30DE\u30BE\u30F3\u30AF\u30E9\u30A6\u30C9\u30DD\u30A4\u30F3\u30C8bharti\u30B0\u30FC\u30B0\u30EBxn--mgberp4a5d4armemorialxn--1qqw23alondonmormoninstitutevisionbostonnortoncouponmaisonamazonvirginberlindesigndurbanolayannissananquanxihuanhitachikaufengardenreisenbayerntechnologydatsunxn--90a3aclatinocasinostudiophysioxn--ngbe9e0apharmacytattootaobaoaramcoexpertreportabbottdirectselectimamatfairwindspictettargetmarketintuittravelersinsurancecreditdupontryukyusuppliesxn--tckwebnpparibasschmidtmerckmsdyodobashirestaurantbridgestonecricketxn--fpcrj9c3dbostikbroadwayattorneylefrakemerckxn--fiq228c5hscareersfarmerswinnersflowersxn--wgbh1cguitarsxn--54b7fta0ccxn--p1acfmakeupgalluplandroverxn--kcrx77d1x4agoldpointbauhausxn--mgbayh7gpahiphopplaystationxn--mgba3a4fraxn--eckvdtc9dhyundaixn--gckr3f0fistanbulticketsmarketsflightschintaireviewsxn--3e0b707ewindowsxn--fiqz9sfinancialxn--fzys8d69uvgm\u0627\u0628\u0648\u0638\u0628\u064Adiscoverreview\u09AC\u09BE\u0982\u09B2\u09BExn--5su34j936bgsgmoscowobserverapartments\u0434\u0435\u0442\u0438\u0627\u0631\u0627\u0645\u0643\u0648\u0441\u0430\u0439\u0442eurovisionxn--i1b6b1a6a2exn--xkc2dl3a5ee0h\u062A\u0648\u0646\u0633\u0645\u0648\u0642\u0639\u0628\u0627\u0631\u062A\u0680\u0627\u0631\u062A\u0634\u0628\u0643\u0629\u0639\u0645\u0627\u0646\u0628\u064A\u062A\u0643\u0639\u0631\u0627\u0642readkredbondlandbandfundfoodprodgoldfordtubecafesafelifeggeeieeefreefagepagegugezonewinememenamegamesaleablebikenikelikecarecbreherefiresaveloveliveblueartedatesitevotecaseluxebofamodaltdaasdatiaayogasinavanashiaasiajavabbvatevavivadatazaraarpacasavisasncfprofmaifsurfgolfdvagsongbingpingwangkpmggoogblogpohlfailcooldellcalldeallidlsarlfilmteamroomfarmimdbarabclubhdfcicbchsbcgmbhrichtechfishdishcashminiernikddiaudiwikimobitaxicitikiwidesiqponskinloanakdnwienopenporncerntownimmolimoolloinfonicofidolegosaxozeroaerovivoautovotomotofastbestresthostpostnextlgbtchatseatgiftmeetdietreitmintrentgentspotscotguruitausohumenucyoubanklinkpinkdclktalksilkbookseekworkrsvpaarpjeepshopcoophelpcamppccwshowbeerstarruhrflirweirhaircarsparsjprshausplusnewstipstoysjobskidsfanspicsdocsxboxamexsexynavycitysonyarmyallybabyplaydeliverybuzzgbizlamborghiniphilips\u0DBD\u0D82\u0D9A\u0DCF\u0CAD\u0CBE\u0CB0\u0CA4fitnessexpresslanxesspfizercenterwalterlawyersoccercareerkosherbrokerlockerdealerdoctorauthorxn--mgbqly7c0a67fbcverm\xF6gensberatungjaguarxn--pssy2uxn--hxt814eflickrrepairrogersairbusxn--mgbai9a5eva00beventsyachtsxn--t60b56a\u09AD\u09BE\u09F0\u09A4\u09AD\u09BE\u09B0\u09A4\u092D\u093E\u0930\u0924\u092D\u093E\u0930\u094B\u0924viajeshermeshughesxn--j1aef\u0938\u0902\u0917\u0920\u0928villas\u0B2D\u0B3E\u0B30\u0B24claimshotels\u0AAD\u0ABE\u0AB0\u0AA4zapposphotosjuegoscondostatamotorsgratistennis\u0A2D\u0A3E\u0A30\u0A24tkmaxxtjmaxxschaeffleryandexxn--80aswgrealtysafetybeautyluxuryxn--3ds443gsupplyfamilyxn--o3cw4hhockeysydneyxn--90aenissayalipayenergycomputeragencyxn--rovu88b\u96FB\u8A0A\u76C8\u79D1xn--gecrj9cstatefarmaccountantaquarelleolayangroup\u9999\u683C\u91CC\u62C9xn--p1ai\u7EC4\u7EC7\u673A\u6784xn--1ck2e1bxn--mgbt3dhdschwarz\u0645\u0648\u0631\u064A\u062A\u0627\u0646\u064A\u0627abudhabinowruzkomatsufujitsuhospitalxn--80asehdbxn--mgbtf8flxn--j6w193gxn--yfro4i67oprudentialxn--flw351ecruisescoursesrecipesxn--e1a4cferrarixn--ses554gxn--wgbl6awatchesstaplessinglesxn--mgbcpq6gpa1axn--otu796dpropertiescreditunionxn--mgbah1a3hjkrdstockholmhisamitsu\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0629stcgroupdomainsoriginscouponsbloombergclubmedfroganslimitedxn--80aqecdr1aexposedinternationalequipmentbarclaycardxn--q7ce6axn--mgbi4ecexpprotectionassociatesconstructionxn--cck2b3bxn--45q11candroidfoundation\u05D9\u05E9\u05E8\u05D0\u05DCxn--mgbca7dzdocliniqueboutiqueengineerxn--qxa6asystemsfirmdalefashionauctionxn--nqv7finfinitirentalsreliancetradingweddingfishinghostinggentingbookingcookingxn--3hcrj9cgraingerxn--czrs0tdemocratsamsungyokohamaxn--h2breg3evexn--nyqy26alundbeckmelbournevacationssolutionsfrontierxn--vermgensberatung-pwbmanagementxn--cg4bkixn--mgb2ddeslincolnhamburgsandvikcoromantblockbusterairforcebarefootxn--4dbrk0ceinvestmentsfeedbackcommunityxn--ngbrx\u0627\u0644\u0628\u062D\u0631\u064A\u0646diamondsamsterdamhealthcareredumbrellaxn--mxtq1mxn--2scrj9cagakhanxn--mgbpl2fh\u043A\u0430\u0442\u043E\u043B\u0438\u043Acaravan\u0B9A\u0BBF\u0B99\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0BC2\u0BB0\u0BCDrichardlimortgageamericanfamilyxn--fzc2c9e2cscholarshipssaarlandxn--imr513nvlaanderensamsclubgoodyearkitchen\u0B87\u0BA8\u0BCD\u0BA4\u0BBF\u0BAF\u0BBEweatherchannelallfinanzxn--kput3i\u0627\u0644\u0633\u0639\u0648\u062F\u06CC\u06C3xn--90aisxn--efvy88h\u0627\u0644\u062C\u0632\u0627\u0626\u0631xn--mgbaam7a8hexchangejpmorganxn--tiq49xqyjfidelitysecurityxn--mk1bu44cwanggouxn--fiq64bxn--6qq986b3xlxn--mgbbh1a71exn--80ao21amarshallsxn--5tzm5gtravelerspanasoniclatrobeyoutubeaccountantsxn--rhqv96gxn--cckwcxetdanalyticsxn--ygbi2ammx\u0628\u0627\u0632\u0627\u0631\u0628\u06BE\u0627\u0631\u062A\u0633\u0648\u0631\u064A\u0629organicfresenius\u0633\u0648\u0631\u064A\u0627xn--9krt00axn--qcka1pmcxn--jlq480n2rgdeloittesciencefinancexn--jvr189mxn--30rr7yhomesensehotmailbaseballfootballleclercboehringerxn--q9jyb4cxn--mix082f\u0627\u0644\u064A\u0645\u0646\u0647\u0645\u0631\u0627\u0647politie\u0633\u0648\u062F\u0627\u0646\u0627\u064A\u0631\u0627\u0646\u0627\u06CC\u0631\u0627\u0646netflixyamaxunxn--lgbbat1ad8jcollegestoragecapetowncolognekerrypropertiesxn--mgbgu82axn--ogbpf8flxn--czru2dwhoswhociprianilasallexn--g2xx48cforsalebanamexaudiblexn--vermgensberater-ctbxn--zfr164bericssonvanguardxn--45brj9cindustriestheatremarriottxn--3bst00mcomparexn--mgberp4a5d4a87gcapitaldigital\u0627\u0644\u0645\u063A\u0631\u0628barcelonashangrilaxn--d1alfcalvinkleinwwwcitysapporokawasakinagoyasendaikobekitakyushuyokohamackjp";
    var rulesRoot = 664;
    var exceptionsRoot = 668;
    var numberOfNodes = nodeFlags.length;
    var numberOfEdges = edgeLength.length;
    var edgeOffset = new Uint32Array(numberOfEdges);
    var edgeHash = new Uint32Array(numberOfEdges);
    var wildcardEdge = new Int32Array(numberOfNodes).fill(-1);
    for (let node = 0, offset = 0; node < numberOfNodes; node += 1) {
      for (let edge = edgeStart[node]; edge < edgeStart[node + 1]; edge += 1) {
        edgeOffset[edge] = offset;
        const end = offset + edgeLength[edge];
        let hash = 5381;
        for (let i = end - 1; i >= offset; i -= 1) {
          hash = hash * 33 ^ labelText.charCodeAt(i);
        }
        edgeHash[edge] = hash >>> 0;
        if (edgeLength[edge] === 1 && labelText.charCodeAt(offset) === 42) {
          wildcardEdge[node] = edge;
        }
        offset = end;
      }
    }
    var matchNode = -1;
    var matchStart = 0;
    var matchEnd = 0;
    function labelEquals(edge, hostname, start, length) {
      if (edgeLength[edge] !== length) {
        return false;
      }
      const offset = edgeOffset[edge];
      for (let i = 0; i < length; i += 1) {
        if (labelText.charCodeAt(offset + i) !== hostname.charCodeAt(start + i)) {
          return false;
        }
      }
      return true;
    }
    function findEdge(node, hash, hostname, start, length) {
      let lo = edgeStart[node];
      let hi = edgeStart[node + 1];
      while (lo < hi) {
        const mid = lo + hi >>> 1;
        const value = edgeHash[mid];
        if (value < hash) {
          lo = mid + 1;
        } else if (value > hash) {
          hi = mid;
        } else {
          for (let e = mid; e >= lo && edgeHash[e] === hash; e -= 1) {
            if (labelEquals(e, hostname, start, length))
              return e;
          }
          for (let e = mid + 1; e < hi && edgeHash[e] === hash; e += 1) {
            if (labelEquals(e, hostname, start, length))
              return e;
          }
          return -1;
        }
      }
      return -1;
    }
    function walk(hostname, root, allowedMask) {
      let node = root;
      let end = hostname.length;
      let hash = 5381;
      matchNode = -1;
      for (let i = hostname.length - 1; i >= 0; i -= 1) {
        const code = hostname.charCodeAt(i);
        if (code === 46) {
          const start = i + 1;
          let edge2 = findEdge(node, hash >>> 0, hostname, start, end - start);
          if (edge2 === -1 && end !== start) {
            edge2 = wildcardEdge[node];
          }
          if (edge2 === -1) {
            return matchNode !== -1;
          }
          node = edgeChild[edge2];
          if ((nodeFlags[node] & allowedMask) !== 0) {
            matchNode = node;
            matchStart = start;
            matchEnd = end;
          }
          end = i;
          hash = 5381;
        } else {
          hash = hash * 33 ^ code;
        }
      }
      let edge = findEdge(node, hash >>> 0, hostname, 0, end);
      if (edge === -1 && end !== 0) {
        edge = wildcardEdge[node];
      }
      if (edge !== -1) {
        node = edgeChild[edge];
        if ((nodeFlags[node] & allowedMask) !== 0) {
          matchNode = node;
          matchStart = 0;
          matchEnd = end;
        }
      }
      return matchNode !== -1;
    }
    function suffixLookup(hostname, options, out) {
      if (fastPathLookup(hostname, options, out)) {
        return false;
      }
      const allowedMask = (options.allowPrivateDomains ? 2 : 0) | (options.allowIcannDomains ? 1 : 0);
      if (walk(hostname, exceptionsRoot, allowedMask)) {
        out.isIcann = (nodeFlags[matchNode] & 1) !== 0;
        out.isPrivate = (nodeFlags[matchNode] & 2) !== 0;
        out.publicSuffix = hostname.slice(matchEnd + 1);
        return true;
      }
      if (walk(hostname, rulesRoot, allowedMask)) {
        out.isIcann = (nodeFlags[matchNode] & 1) !== 0;
        out.isPrivate = (nodeFlags[matchNode] & 2) !== 0;
        out.publicSuffix = hostname.slice(matchStart);
        return false;
      }
      out.isIcann = false;
      out.isPrivate = false;
      const lastDot = hostname.lastIndexOf(".");
      out.publicSuffix = lastDot === -1 ? hostname : hostname.slice(lastDot + 1);
      return false;
    }
    var RESULT = getEmptyResult();
    function parse2(url, options) {
      return parseImpl(url, 5, suffixLookup, options, getEmptyResult());
    }
    function getHostname(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 0, suffixLookup, options, RESULT).hostname;
    }
    function getPublicSuffix(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 2, suffixLookup, options, RESULT).publicSuffix;
    }
    function getDomain2(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 3, suffixLookup, options, RESULT).domain;
    }
    function getFullDomain(url, options) {
      resetResult(RESULT);
      const result = parseImpl(url, 3, suffixLookup, options, RESULT);
      return result.domain === null ? null : result.hostname;
    }
    function getSubdomain(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 4, suffixLookup, options, RESULT).subdomain;
    }
    function getDomainWithoutSuffix(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 5, suffixLookup, options, RESULT).domainWithoutSuffix;
    }
    exports.getDomain = getDomain2;
    exports.getDomainWithoutSuffix = getDomainWithoutSuffix;
    exports.getFullDomain = getFullDomain;
    exports.getHostname = getHostname;
    exports.getPublicSuffix = getPublicSuffix;
    exports.getSubdomain = getSubdomain;
    exports.parse = parse2;
  }
});

// src/rules/pipeline-files.ts
var MAX_FILE_BYTES = 512 * 1024;
var MAX_JSON_PROBES = 200;
function kindFromPath(path) {
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "workflow";
  if (/^(?:.*\/)?(?:[\w.-]*[-_.])?creds\.json$/i.test(path)) return "dnscontrol-creds";
  if (/\.(?:tf|tf\.json|tfvars|tfvars\.json)$/.test(path)) return "terraform";
  if (path === ".zoneguard.yml" || path === ".zoneguard.yaml") return "zoneguard-policy";
  return void 0;
}
function credentialFiles(...sets) {
  const out = /* @__PURE__ */ new Map();
  for (const set of sets)
    for (const c of set?.credentials ?? []) {
      const file = c.location.file;
      out.set(file, kindFromPath(file) ?? "octodns-config");
    }
  return out;
}
async function readBounded(tree, path) {
  try {
    const text = await tree.readText(path);
    return text !== void 0 && text.length <= MAX_FILE_BYTES ? text : void 0;
  } catch {
    return void 0;
  }
}
function inScope(path, kind, scope) {
  if (scope === "" || kind === "workflow" || kind === "zoneguard-policy") return true;
  return path.startsWith(`${scope}/`);
}
async function readPipelineFiles(tree, sets, only, scope = "") {
  const listed = await tree.listFiles().catch(() => []);
  const wanted = only ? new Set(only) : void 0;
  const fromSets = credentialFiles(...sets);
  const out = [];
  let probes = 0;
  for (const path of listed) {
    if (wanted && !wanted.has(path)) continue;
    let kind = kindFromPath(path) ?? fromSets.get(path);
    if (kind && !inScope(path, kind, scope)) continue;
    if (!kind && path.endsWith(".json") && !path.includes("node_modules/")) {
      if (!inScope(path, "iam-policy", scope)) continue;
      if (probes++ >= MAX_JSON_PROBES) continue;
      const text2 = await readBounded(tree, path);
      if (text2 && /"Statement"/.test(text2) && /"Action"/.test(text2)) kind = "iam-policy";
      if (kind && text2) out.push({ path, kind, text: text2 });
      continue;
    }
    if (!kind) continue;
    const text = await readBounded(tree, path);
    if (text !== void 0) out.push({ path, kind, text });
  }
  return out;
}
function isDnsWorkflow(text) {
  return /dnscontrol|octodns|zoneguard|route53|cloudflare|\bdns\b|terraform\s+apply\b/i.test(text);
}
async function readWorkflowFiles(tree) {
  const listed = await tree.listFiles().catch(() => []);
  const out = [];
  for (const path of listed) {
    if (kindFromPath(path) !== "workflow") continue;
    const text = await readBounded(tree, path);
    if (text !== void 0) out.push({ path, kind: "workflow", text });
  }
  return out;
}

// src/rules/credential-scope.ts
var CF_TOKEN = 'a Cloudflare API token limited to Zone:Read and DNS:Edit on the zones this repository manages (DNSControl "apitoken", CLOUDFLARE_API_TOKEN)';
var AWS_OIDC = "GitHub OIDC: aws-actions/configure-aws-credentials with role-to-assume (permissions: id-token: write), the role allowed route53:ChangeResourceRecordSets only on arn:aws:route53:::hostedzone/<zone id>";
var AWS_SCOPED = "route53:ChangeResourceRecordSets and route53:GetChange on arn:aws:route53:::hostedzone/<zone id> of each managed zone (and route53:ListHostedZones on *), optionally limited with the route53:ChangeResourceRecordSets* condition keys";
var GCP_WIF = "Workload Identity Federation (google-github-actions/auth with workload_identity_provider) and roles/dns.admin granted on each managed zone (google_dns_managed_zone_iam_member), not the project";
var AZURE_SCOPED = 'OIDC azure/login (client-id, tenant-id, subscription-id) and "DNS Zone Contributor" assigned on each DNS zone (\u2026/providers/Microsoft.Network/dnszones/<zone>), not the subscription';
var WORKFLOW_LINES = [
  {
    id: "cloudflare-global-key",
    re: /\b(?:CLOUDFLARE_API_KEY|CF_API_KEY|CLOUDFLARE_AUTH_KEY|CF_AUTH_KEY|X-Auth-Key|dns_cloudflare_api_key)\b/i,
    what: "uses the Cloudflare Global API Key, which can change every zone and setting of the account",
    alternative: CF_TOKEN
  },
  {
    id: "aws-long-lived-key",
    re: /\b(?:aws-secret-access-key|AWS_SECRET_ACCESS_KEY)\b/,
    what: "authenticates to AWS with a long-lived access key",
    alternative: AWS_OIDC
  },
  {
    id: "gcp-service-account-key",
    re: /\bcredentials_json\s*:|GOOGLE_APPLICATION_CREDENTIALS|GCP_SA_KEY/,
    what: "authenticates to Google Cloud with a service account JSON key",
    alternative: GCP_WIF
  },
  {
    id: "azure-client-secret",
    re: /\bAZURE_CREDENTIALS\b|\bclientSecret\b|\bARM_CLIENT_SECRET\b/,
    what: "authenticates to Azure with a service principal secret",
    alternative: AZURE_SCOPED
  }
];
var POLICY_LINES = [
  {
    id: "route53-all-actions",
    re: /["']route53:\*["']/i,
    what: "grants route53:* (every Route 53 action, including deleting zones)",
    alternative: AWS_SCOPED
  },
  {
    id: "route53domains",
    re: /["']route53domains:[^"']*["']/i,
    what: "grants Route 53 Domains actions: the holder can move the domain\u2019s nameservers, DS and transfer lock at the registry",
    alternative: `${AWS_SCOPED}; keep registrar permissions out of the DNS pipeline`
  },
  {
    id: "all-hosted-zones",
    re: /hostedzone\/\*/i,
    what: "grants access to every hosted zone of the account (hostedzone/*)",
    alternative: AWS_SCOPED
  },
  {
    id: "aws-admin-policy",
    re: /\b(?:AdministratorAccess|PowerUserAccess|AmazonRoute53FullAccess|AmazonRoute53DomainsFullAccess)\b/,
    what: "attaches an AWS managed policy that covers every zone (or everything)",
    alternative: AWS_SCOPED
  },
  {
    id: "aws-all-actions",
    re: /["']Action["']\s*:\s*(?:\[\s*)?["']\*["']|\bactions\s*=\s*\[\s*["']\*["']/,
    what: 'grants every AWS action ("*")',
    alternative: AWS_SCOPED
  },
  {
    id: "gcp-project-role",
    re: /["']roles\/(?:dns\.admin|owner|editor)["']/,
    what: "grants a project-wide role that can change every DNS zone of the project",
    alternative: GCP_WIF
  },
  {
    id: "azure-broad-role",
    re: /role_definition_name\s*=\s*["'](?:Owner|Contributor|DNS Zone Contributor)["']/,
    what: "assigns an Azure role that, at subscription or resource-group scope, covers every DNS zone there",
    alternative: AZURE_SCOPED
  },
  {
    id: "cloudflare-global-key",
    re: /^\s*api_key\s*=|\bCLOUDFLARE_API_KEY\b/,
    what: "configures Cloudflare with the Global API Key",
    alternative: CF_TOKEN
  }
];
function scopeSignals(file) {
  switch (file.kind) {
    case "workflow":
      return isDnsWorkflow(file.text) ? workflowSignals(file.text) : [];
    case "dnscontrol-creds":
      return credsFileSignals(file);
    case "octodns-config":
      return octodnsSignals(file.text);
    case "terraform":
      return /route53|dns/i.test(file.text) ? policySignals(file.text).filter((s) => s.id !== "cloudflare-global-key") : [];
    case "iam-policy":
      return /route53|dns|cloudflare/i.test(file.text) ? policySignals(file.text) : [];
    default:
      return [];
  }
}
function byLine(text, rules) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (/^\s*(#|\/\/)/.test(line)) return;
    for (const r of rules) {
      if (seen.has(r.id) || !r.re.test(line)) continue;
      seen.add(r.id);
      out.push({ id: r.id, line: i + 1, what: r.what, alternative: r.alternative });
    }
  });
  return out;
}
function workflowSignals(text) {
  const signals = byLine(text, WORKFLOW_LINES);
  return signals.filter(
    (s) => !(s.id === "aws-long-lived-key" && /role-to-assume\s*:/.test(text)) && !(s.id === "gcp-service-account-key" && /workload_identity_provider\s*:/.test(text))
  );
}
function policySignals(text) {
  const signals = byLine(text, POLICY_LINES);
  if (/route53:(?:ChangeResourceRecordSets|\*)/i.test(text)) {
    const m = /["']Resource["']\s*:\s*(?:\[\s*)?["']\*["']|\bresources\s*=\s*\[\s*["']\*["']/.exec(
      text
    );
    if (m)
      signals.push({
        id: "route53-any-resource",
        line: lineColumnIndex(text)(m.index).line,
        what: 'lets Route 53 record changes apply to any resource ("Resource": "*"), so every hosted zone',
        alternative: AWS_SCOPED
      });
  }
  const cfKey = signals.find((s) => s.id === "cloudflare-global-key");
  if (cfKey && !/provider\s+"cloudflare"/.test(text) && !/CLOUDFLARE_API_KEY/.test(text))
    return signals.filter((s) => s !== cfKey);
  return signals.sort((a, b) => a.line - b.line);
}
function credsFileSignals(file) {
  const creds = readCreds(file.text, file.path);
  return creds.plainJson ? creds.credentials.flatMap(dnscontrolProviderSignals) : [];
}
function dnscontrolProviderSignals(cred) {
  const out = [];
  const name = cred.provider;
  const type = (cred.type ?? "").toUpperCase();
  const field = (key) => cred.fields.find((f) => f.key === key);
  const has = (key) => field(key) !== void 0;
  const line = (key) => lineOfField(cred, field(key));
  if (type === "CLOUDFLAREAPI" && has("apikey"))
    out.push({
      id: `cloudflare-global-key ${name}`,
      line: line("apikey"),
      what: `provider "${name}" uses the Cloudflare Global API Key (apikey + apiuser), which can change every zone and setting of the account`,
      alternative: CF_TOKEN
    });
  if (type === "ROUTE53" && (has("SecretKey") || has("KeyId")) && !has("RoleArn"))
    out.push({
      id: `aws-long-lived-key ${name}`,
      line: line(has("SecretKey") ? "SecretKey" : "KeyId"),
      what: `provider "${name}" uses a long-lived AWS access key`,
      alternative: AWS_OIDC
    });
  if (type === "GCLOUD" && has("private_key"))
    out.push({
      id: `gcp-service-account-key ${name}`,
      line: line("private_key"),
      what: `provider "${name}" uses a Google service account JSON key`,
      alternative: GCP_WIF
    });
  if (type === "AZURE_DNS" && has("ClientSecret"))
    out.push({
      id: `azure-client-secret ${name}`,
      line: line("ClientSecret"),
      what: `provider "${name}" uses an Azure service principal secret`,
      alternative: AZURE_SCOPED
    });
  return out;
}
function lineOfField(cred, field) {
  return field?.location?.line ?? cred.location.line ?? 1;
}
function octodnsSignals(text) {
  const out = [];
  const lines = text.split("\n");
  let providerClass = "";
  let providerName = "";
  lines.forEach((line, i) => {
    const head = /^ {2}([\w.-]+):\s*$/.exec(line);
    if (head) {
      providerName = head[1];
      providerClass = "";
    }
    const cls = /^\s+class:\s*['"]?([\w.]+)/.exec(line);
    if (cls) providerClass = cls[1];
    if (/cloudflare/i.test(providerClass) && /^\s+email:/.test(line))
      out.push({
        id: `cloudflare-global-key ${providerName}`,
        line: i + 1,
        what: `provider "${providerName}" uses the Cloudflare Global API Key (email + token)`,
        alternative: `${CF_TOKEN}; with octodns_cloudflare give only "token"`
      });
    if (/route53/i.test(providerClass) && /^\s+access_key_id:/.test(line))
      out.push({
        id: `aws-long-lived-key ${providerName}`,
        line: i + 1,
        what: `provider "${providerName}" uses a long-lived AWS access key`,
        alternative: AWS_OIDC
      });
  });
  return out;
}
function credentialSignals(cred) {
  const type = cred.type ?? "";
  const field = (...keys) => cred.fields.find((f) => keys.includes(f.key));
  const out = [];
  const terraformCf = type === "cloudflare";
  const cfKey = /cloudflare/i.test(type) ? terraformCf ? field("api_key") : field("apikey", "email") : void 0;
  if (cfKey)
    out.push({
      id: `cloudflare-global-key ${cred.provider}`,
      line: lineOfField(cred, cfKey),
      what: `provider "${cred.provider}" uses the Cloudflare Global API Key (${terraformCf ? "api_key + email" : cfKey.key === "email" ? "email + token" : "apikey + apiuser"}), which can change every zone and setting of the account`,
      alternative: terraformCf ? `${CF_TOKEN}; in Terraform, api_token` : CF_TOKEN
    });
  const awsKey = /route53/i.test(type) || type === "aws" ? field(
    "KeyId",
    "SecretKey",
    "access_key_id",
    "secret_access_key",
    "access_key",
    "secret_key"
  ) : void 0;
  if (awsKey && !field("RoleArn", "role_arn"))
    out.push({
      id: `aws-long-lived-key ${cred.provider}`,
      line: lineOfField(cred, awsKey),
      what: `provider "${cred.provider}" uses a long-lived AWS access key`,
      alternative: AWS_OIDC
    });
  return out;
}

// src/rules/checks/broad-token-scope.ts
var broadTokenScope = {
  id: "broad-token-scope",
  defaultSeverity: "high",
  title: "DNS pipeline uses a credential broader than the zones it manages",
  why: "Whoever obtains the pipeline\u2019s credential (a leaked log, a compromised action, a malicious pull request) gets everything it can do. An account-wide key can re-point every domain of the account, not only the ones in this repository.",
  fix: "Replace it with a credential scoped to the managed zones and to record changes only, preferably short-lived through OIDC.",
  async check(ctx) {
    const signals = async (tree, set) => {
      const found = /* @__PURE__ */ new Map();
      const add = (file, signal) => {
        const key = `${file} ${signal.id}`;
        if (!found.has(key)) found.set(key, { file, signal });
      };
      for (const f of tree ? await readPipelineFiles(tree, [set], void 0, ctx.path ?? "") : [])
        for (const s of scopeSignals(f)) add(f.path, s);
      for (const cred of set.credentials)
        for (const s of credentialSignals(cred)) add(cred.location.file, s);
      return found;
    };
    const before = await signals(ctx.baseTree, ctx.base);
    const out = [];
    for (const [key, { file, signal }] of await signals(ctx.headTree, ctx.head))
      out.push({
        introduced: !before.has(key),
        key,
        message: `${file}:${signal.line} ${signal.what}.`,
        fix: `Use ${signal.alternative}.`,
        location: { file, line: signal.line }
      });
    return out;
  }
};

// src/rules/checks/caa-change.ts
var KNOWN_TAGS = /* @__PURE__ */ new Set([
  "issue",
  "issuewild",
  "iodef",
  "contactemail",
  "contactphone",
  "issuemail",
  "issuevmc"
]);
function caaIndex(set) {
  const out = /* @__PURE__ */ new Map();
  for (const z of set.zones) for (const r of z.rrsets) if (r.type === "CAA") out.set(r.name, r);
  return out;
}
function allowedIssuers(name, index, wildcard) {
  let at = name;
  for (; ; ) {
    const rrset = index.get(at);
    if (rrset && rrset.values.length > 0) return fromRRset(rrset, wildcard);
    if (at === ".") return "any";
    at = parentName(at);
  }
}
function fromRRset(rrset, wildcard) {
  const entries = [];
  for (const v of rrset.values) {
    try {
      const rd = decodeRdata("CAA", v);
      const tag2 = rd.tag.toLowerCase();
      if (rd.flags & 128 && !KNOWN_TAGS.has(tag2)) return /* @__PURE__ */ new Set();
      entries.push({ tag: tag2, value: rd.value });
    } catch {
    }
  }
  const hasWild = entries.some((e) => e.tag === "issuewild");
  const tag = wildcard && hasWild ? "issuewild" : "issue";
  const relevant = entries.filter((e) => e.tag === tag);
  if (tag === "issue" && relevant.length === 0) return "any";
  const out = /* @__PURE__ */ new Set();
  for (const e of relevant) {
    const issuer = e.value.split(";")[0].trim().toLowerCase().replace(/\.$/, "");
    if (issuer) out.add(issuer);
  }
  return out;
}
function describe(a) {
  if (a === "any") return "any CA";
  return a.size === 0 ? "no CA" : [...a].sort().join(", ");
}
function lost(before, after) {
  if (after === "any") return void 0;
  if (before === "any") return ["any CA not listed"];
  const gone = [...before].filter((ca) => !after.has(ca));
  return gone.length > 0 ? gone.sort() : void 0;
}
var caaChange = {
  id: "caa-change",
  defaultSeverity: "medium",
  title: "CAA change stops a CA that could issue before",
  why: "CAA tells CAs who may issue certificates for a name. Dropping the CA that issues today\u2019s certificate makes its next renewal fail, and the site\u2019s certificate then expires.",
  fix: "Check which CA issues the current certificates for these names (certificate transparency logs) and keep it in the CAA issue (and issuewild) list, or move the certificates first.",
  check(ctx) {
    const before = caaIndex(ctx.base);
    const after = caaIndex(ctx.head);
    const out = [];
    for (const d of ctx.diffs) {
      if (d.status === "removed") continue;
      for (const c of d.changes) {
        if (c.type !== "CAA" || c.ttlOnly) continue;
        const parts = [];
        for (const wildcard of [false, true]) {
          const was = allowedIssuers(c.name, before, wildcard);
          const now = allowedIssuers(c.name, after, wildcard);
          const gone = lost(was, now);
          if (!gone) continue;
          const what2 = wildcard ? `wildcard certificates under ${c.name}` : c.name;
          parts.push(
            `${what2}: ${describe(was)} before, ${describe(now)} now (${gone.join(", ")} can no longer issue)`
          );
        }
        if (parts.length === 0) continue;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: "CAA",
          message: `CAA narrows who may issue certificates for ${parts.join("; ")}.`,
          location: c.after?.location ?? c.before?.location
        });
      }
    }
    return out;
  }
};

// src/rules/describe.ts
function listValues(values, max = 4) {
  const shown2 = values.slice(0, max).join(", ");
  return values.length > max ? `${shown2} (+${values.length - max} more)` : shown2 || "(none)";
}
function describeChange(c) {
  if (c.kind === "add") return `added: ${listValues(c.after.values)}`;
  if (c.kind === "remove") return `removed: ${listValues(c.before.values)}`;
  if (c.ttlOnly) return `TTL ${c.before.ttl} \u2192 ${c.after.ttl}`;
  const removed = c.before.values.filter((v) => !c.after.values.includes(v));
  const added = c.after.values.filter((v) => !c.before.values.includes(v));
  const parts = [];
  if (removed.length) parts.push(`\u2212 ${listValues(removed)}`);
  if (added.length) parts.push(`+ ${listValues(added)}`);
  if (!removed.length && !added.length) parts.push("settings changed");
  return parts.join("; ");
}
function changeLocation(c) {
  return c.after?.location ?? c.before?.location;
}
function percent(fraction) {
  return `${Math.round(fraction * 1e3) / 10}%`;
}
function sentence(text) {
  return text.endsWith(".") ? text : `${text}.`;
}

// src/rules/live-facts.ts
function liveZone(ctx, apex) {
  const z = ctx.live?.zones.find((x) => x.zone === apex);
  return z && z.status !== "failed" ? z : void 0;
}
function findRRset(zone, name, type) {
  return zone?.rrsets.find((r) => r.name === name && r.type === type);
}
function servedDnskeys(lz) {
  const out = /* @__PURE__ */ new Set();
  for (const s of lz.servers) if (s.authoritative) for (const k of s.dnskey ?? []) out.add(k);
  return [...out];
}
function servedNs(lz) {
  return lz.servers.find((s) => s.authoritative && s.ns && s.ns.length > 0)?.ns;
}
function liveNs(ctx, apex) {
  const lz = liveZone(ctx, apex);
  return lz?.delegation?.ns ?? (lz ? servedNs(lz) : void 0);
}
function configuredNs(zone) {
  if (!zone) return void 0;
  const apexNs = { name: zone.name, type: "NS", values: [] };
  if (leftAlone(apexNs, zone, "live")?.partial) return void 0;
  const rr = findRRset(zone, zone?.name ?? "", "NS");
  if (rr && rr.values.length > 0) return rr.values;
  return zone?.nameservers && zone.nameservers.length > 0 ? zone.nameservers : void 0;
}
function sameSet(a, b) {
  const sa = new Set(a.map((x) => x.toLowerCase()));
  const sb = new Set(b.map((x) => x.toLowerCase()));
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}
function zonePairs(ctx) {
  return ctx.diffs.map((d) => ({ key: d.zone, apex: d.name, base: d.before, head: d.after }));
}
function delegatedZonePairs(ctx) {
  return zonePairs(ctx).filter((p) => !specialUseZone(p.apex));
}

// src/rules/checks/cds-mismatch.ts
var keyId = (tag, alg) => `${tag}/${alg}`;
var dsList = (values) => values.map(parseDs).filter((d) => d !== void 0);
var keyList = (values) => values.map(parseDnskey).filter((k) => k !== void 0);
var same = (a, b) => {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};
var cdsMismatch = {
  id: "cds-mismatch",
  defaultSeverity: "medium",
  title: "CDS/CDNSKEY disagree with the parent's DS",
  why: "Parents and registrars that scan for CDS/CDNSKEY (RFC 7344, RFC 8078) replace their DS with what the child publishes: a stale or wrong set becomes an unreviewed DS change, and one that names no key the zone serves breaks validation for the whole zone once applied.",
  fix: "Publish CDS/CDNSKEY only for the keys the DS should reference (or remove them once a rollover is done), keep CDS and CDNSKEY in step and identical on every provider, and publish the delete form only to turn DNSSEC off.",
  check(ctx) {
    const out = [];
    for (const { key, apex, head } of zonePairs(ctx)) {
      const facts = liveZone(ctx, apex)?.dnssec;
      if (!facts) continue;
      const variants = /* @__PURE__ */ new Map();
      for (const c of facts.cds) {
        const k = `${[...c.cds].sort().join("\n")}|${[...c.cdnskey].sort().join("\n")}`;
        const v = variants.get(k);
        if (v) v.servers.push(c.server);
        else variants.set(k, { servers: [c.server], cds: c.cds, cdnskey: c.cdnskey });
      }
      const published = [...variants.values()].filter((v) => v.cds.length + v.cdnskey.length > 0);
      if (published.length === 0) continue;
      const split = variants.size > 1 ? ` The zone's servers publish ${variants.size} different CDS/CDNSKEY sets; RFC 8901 \xA78 asks every provider to publish the same.` : "";
      const ds = dsList(facts.ds);
      const dsText = new Set(ds.map(formatDs));
      const dsKeys = new Set(ds.map((d) => keyId(d.keyTag, d.algorithm)));
      const served = keyList(facts.keySets.flatMap((k) => k.dnskey));
      const location = findRRset(head, apex, "CDS")?.location ?? head?.location;
      for (const v of published) {
        const cds = dsList(v.cds);
        const cdnskey = keyList(v.cdnskey);
        const on = listValues(v.servers, 3);
        const isDelete = cds.length + cdnskey.length > 0 && cds.every((d) => d.algorithm === 0) && cdnskey.every((k) => k.algorithm === 0);
        if (isDelete) {
          out.push({
            introduced: false,
            zone: key,
            name: apex,
            type: "CDS",
            key: v.servers.join(" "),
            message: `${on} publish the DNSSEC delete request (CDS 0 0 0 00 / CDNSKEY 0 3 0 AA==, RFC 8078 \xA74): a parent that scans for it removes the DS of ${apex}, and resolvers stop validating the zone. It is a request, not yet done; remove it unless DNSSEC is meant to go.${split}`,
            ...location ? { location } : {}
          });
          continue;
        }
        const problems3 = [];
        const cdsKeys = new Set(cds.map((d) => keyId(d.keyTag, d.algorithm)));
        const cdnskeyKeys = new Set(cdnskey.map((k) => keyId(keyTag(k), k.algorithm)));
        if (cds.length > 0 && !same(cds.map(formatDs), dsText))
          problems3.push(
            `CDS ${listValues([...cdsKeys])} differs from the DS at the parent (${listValues([...dsKeys])})`
          );
        if (cdnskey.length > 0 && !same(cdnskeyKeys, dsKeys))
          problems3.push(
            `CDNSKEY ${listValues([...cdnskeyKeys])} names other keys than the DS at the parent (${listValues([...dsKeys])})`
          );
        if (cds.length > 0 && cdnskey.length > 0 && !same(cdsKeys, cdnskeyKeys))
          problems3.push("CDS and CDNSKEY name different keys (RFC 7344 \xA74: they must match)");
        const unserved = [
          ...cds.filter((d) => matchDs(apex, d, served).kind === "no-match").map((d) => keyId(d.keyTag, d.algorithm)),
          ...cdnskey.filter(
            (k) => !served.some((s) => s.publicKey === k.publicKey && s.algorithm === k.algorithm)
          ).map((k) => keyId(keyTag(k), k.algorithm))
        ];
        if (unserved.length > 0)
          problems3.push(
            `${listValues([...new Set(unserved)])} is no DNSKEY the zone serves, so a DS built from it would break validation`
          );
        if (problems3.length === 0) continue;
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: "CDS",
          key: v.servers.join(" "),
          message: `${sentence(`On ${on}, ${problems3.join("; ")}`)} A parent that scans for CDS/CDNSKEY (RFC 7344, RFC 8078) replaces its DS with them.${split}`,
          ...location ? { location } : {}
        });
      }
    }
    return out;
  }
};

// src/rules/state.ts
function identity(f) {
  return [f.zone ?? "", f.name ?? "", f.type ?? "", f.key ?? ""].join("");
}
function compareStates(ctx, check) {
  const before = new Set(check(ctx.base).map(identity));
  return check(ctx.head).map((f) => ({ ...f, introduced: !before.has(identity(f)) }));
}

// src/rules/zone-index.ts
var zoneIndexes = /* @__PURE__ */ new WeakMap();
function indexZone(zone) {
  let index = zoneIndexes.get(zone);
  if (!index) {
    index = buildZoneIndex(zone);
    zoneIndexes.set(zone, index);
  }
  return index;
}
function buildZoneIndex(zone) {
  let byName;
  let owners;
  let wildcardParents;
  let cuts;
  let cnames;
  let addressOwners;
  const names = () => {
    if (!owners || !wildcardParents) {
      owners = /* @__PURE__ */ new Set();
      wildcardParents = /* @__PURE__ */ new Set();
      for (const r of zone.rrsets) {
        if (r.name.startsWith("*.")) wildcardParents.add(parentName(r.name));
        for (let n = r.name; !owners.has(n); n = parentName(n)) {
          owners.add(n);
          if (n === zone.name || n === ".") break;
        }
      }
    }
    return { owners, wildcardParents };
  };
  const index = {
    zone,
    get byName() {
      if (!byName) {
        byName = /* @__PURE__ */ new Map();
        for (const r of zone.rrsets) {
          const list2 = byName.get(r.name);
          if (list2) list2.push(r);
          else byName.set(r.name, [r]);
        }
      }
      return byName;
    },
    get owners() {
      return names().owners;
    },
    get wildcardParents() {
      return names().wildcardParents;
    },
    get cuts() {
      if (!cuts) {
        cuts = /* @__PURE__ */ new Set();
        for (const r of zone.rrsets) if (r.type === "NS" && r.name !== zone.name) cuts.add(r.name);
      }
      return cuts;
    },
    get cnames() {
      if (!cnames) {
        cnames = /* @__PURE__ */ new Map();
        for (const r of zone.rrsets)
          if (r.type === "CNAME" && !cnames.has(r.name)) cnames.set(r.name, r);
      }
      return cnames;
    },
    get addressOwners() {
      if (!addressOwners) {
        addressOwners = /* @__PURE__ */ new Set();
        for (const r of zone.rrsets)
          if (r.type === "A" || r.type === "AAAA") addressOwners.add(r.name);
      }
      return addressOwners;
    },
    rrset: (name, type) => rrsetLookup(zone.rrsets)(name, type),
    exists(name) {
      const { owners: owners2, wildcardParents: wildcardParents2 } = names();
      if (owners2.has(name)) return true;
      const cutSet = index.cuts;
      for (let n = name; n !== zone.name && n !== "."; n = parentName(n))
        if (cutSet.has(n)) return true;
      for (let n = name; n !== zone.name && n !== "."; n = parentName(n))
        if (owners2.has(parentName(n))) return wildcardParents2.has(parentName(n));
      return false;
    }
  };
  return index;
}
var lookups = /* @__PURE__ */ new WeakMap();
function rrsetLookup(rrsets) {
  let lookup = lookups.get(rrsets);
  if (!lookup) {
    const byKey = /* @__PURE__ */ new Map();
    for (const r of rrsets) {
      const key = rrsetKey(r);
      if (!byKey.has(key)) byKey.set(key, r);
    }
    lookup = (name, type) => byKey.get(rrsetKey({ name, type }));
    lookups.set(rrsets, lookup);
  }
  return lookup;
}
var setIndexes = /* @__PURE__ */ new WeakMap();
function indexZoneSet(set) {
  let index = setIndexes.get(set);
  if (!index) {
    index = buildZoneSetIndex(set);
    setIndexes.set(set, index);
  }
  return index;
}
function buildZoneSetIndex(set) {
  const byKey = /* @__PURE__ */ new Map();
  const byApex = /* @__PURE__ */ new Map();
  const cnameTargets = /* @__PURE__ */ new Map();
  set.zones.forEach((z, i) => {
    const key = z.tag ? `${z.name}!${z.tag}` : z.name;
    if (!byKey.has(key)) byKey.set(key, z);
    if (!byApex.has(z.name)) byApex.set(z.name, i);
    for (const r of z.rrsets)
      if (r.type === "CNAME" && r.values[0]) cnameTargets.set(r.name, r.values[0]);
  });
  const zoneOf = (name) => {
    let first;
    for (let n = name; ; n = parentName(n)) {
      const i = byApex.get(n);
      if (i !== void 0 && (first === void 0 || i < first) && isInZone(name, n)) first = i;
      if (n === ".") break;
    }
    return first === void 0 ? void 0 : set.zones[first];
  };
  return { byKey, zoneOf, cnameTargets };
}

// src/rules/checks/cname-conflict.ts
var ALLOWED_BESIDE = /* @__PURE__ */ new Set(["RRSIG", "NSEC", "NSEC3"]);
function conflicts(set) {
  const out = [];
  for (const zone of set.zones) {
    const { cnames } = indexZone(zone);
    const atCname = /* @__PURE__ */ new Map();
    for (const r of zone.rrsets)
      if (cnames.has(r.name)) {
        const list2 = atCname.get(r.name);
        if (list2) list2.push(r);
        else atCname.set(r.name, [r]);
      }
    for (const name of cnames.keys()) {
      const rrsets = atCname.get(name);
      const cname = rrsets.find((r) => r.type === "CNAME");
      if (!cname) continue;
      const others = rrsets.filter((r) => r !== cname && !ALLOWED_BESIDE.has(r.type));
      const base = { zone: zoneKey(zone), name, type: "CNAME", location: cname.location };
      if (name === zone.name)
        out.push({
          ...base,
          key: "apex",
          message: `${name} has a CNAME at the zone apex, where SOA and NS must be: the zone breaks.`
        });
      else if (others.length > 0)
        out.push({
          ...base,
          key: "beside",
          message: `${name} has a CNAME beside other data (${others.map((r) => r.type).join(", ")}); resolvers will see only one or the other.`
        });
      if (cname.values.length > 1)
        out.push({
          ...base,
          key: "multiple",
          message: `${name} has ${cname.values.length} CNAME targets; a name can alias only one.`
        });
    }
  }
  return out;
}
var cnameConflict = {
  id: "cname-conflict",
  defaultSeverity: "high",
  title: "A CNAME shares its name with other data",
  why: "A CNAME says the name is an alias and nothing else: other records beside it (or a CNAME at the apex, beside SOA and NS) are refused by BIND and most providers, and answered inconsistently by others.",
  fix: "Remove the other records at this name, point the CNAME elsewhere, or use the provider's ALIAS/flattening record at the apex.",
  check: (ctx) => compareStates(ctx, conflicts)
};

// src/rules/checks/config-warning.ts
function warnings(set) {
  return set.zones.flatMap(
    (zone) => (zone.diagnostics ?? []).filter((d) => d.level === "warning").map((d) => ({
      zone: zoneKey(zone),
      // The message identifies the problem; the line moves with unrelated edits.
      key: `${d.code ?? ""} ${d.message}`,
      message: d.message,
      location: d.location
    }))
  );
}
var configWarning = {
  id: "config-warning",
  defaultSeverity: "low",
  title: "The DNS tool would warn about or ignore part of the config",
  why: "What the tool drops or reinterprets at load time (out-of-zone records, mixed TTLs in one RRset) is not what the file says, so the review of the file and the zone that gets served differ.",
  fix: "Make the file say what should be served: move out-of-zone records to their own zone, give an RRset one TTL, set $TTL explicitly.",
  check: (ctx) => compareStates(ctx, warnings)
};

// src/rules/relative-target.ts
var import_tldts = __toESM(require_cjs(), 1);
function lostTrailingDot(zone, target) {
  if (zone.format !== "bind" || target === zone.name || !isInZone(target, zone.name))
    return void 0;
  const relative = target.slice(0, target.length - zone.name.length - 1);
  if (!relative.includes(".")) return void 0;
  const parsed = (0, import_tldts.parse)(relative, { allowPrivateDomains: false });
  if (!parsed.isIcann || !parsed.domain || parsed.domain === parsed.publicSuffix) return void 0;
  return `${relative}.`;
}

// src/rules/checks/dangling-cname.ts
function liveRcodes(ctx) {
  const out = /* @__PURE__ */ new Map();
  for (const z of ctx.live?.zones ?? [])
    for (const t of z.targets ?? []) if (!out.has(t.name)) out.set(t.name, t.rcode);
  return out;
}
var danglingCname = {
  id: "dangling-cname",
  defaultSeverity: "high",
  title: "A CNAME points to a name that does not resolve",
  why: "A CNAME to a name that does not exist makes its own name fail. When the target is outside your zones it is also a subdomain-takeover risk: whoever registers the target domain or claims the target on its cloud service controls what your name serves.",
  fix: "Remove the CNAME, or point it at a name that exists and that you control; recreate the target resource first if it was deleted.",
  check(ctx) {
    const out = [];
    const heads = indexZoneSet(ctx.head);
    const rcodes = liveRcodes(ctx);
    for (const d of ctx.diffs) {
      if (!d.after) continue;
      const changed = /* @__PURE__ */ new Map();
      for (const c of d.changes) if (c.type === "CNAME") changed.set(c.name, c);
      for (const rr of d.after.rrsets) {
        if (rr.type !== "CNAME") continue;
        for (const target of rr.values) {
          if (target === ".") continue;
          const home = heads.zoneOf(target);
          const c = changed.get(rr.name);
          const draft = {
            introduced: c !== void 0 && c.kind !== "remove",
            zone: d.zone,
            name: rr.name,
            type: "CNAME",
            key: target,
            ...rr.location ? { location: rr.location } : {}
          };
          if (home) {
            if (indexZone(home).exists(target) || nameManagedElsewhere(target, home) || lostTrailingDot(home, target))
              continue;
            out.push({
              ...draft,
              severity: "medium",
              message: `${rr.name} is a CNAME to ${target}, which has no records in ${home.name} (a zone of this repository): the name does not resolve. A typo, or a record removed too early?`,
              fix: `Add the records ${target} should have in ${home.name}, or point the CNAME at the right name.`
            });
          } else if (rcodes.get(target) === "NXDOMAIN") {
            out.push({
              ...draft,
              message: sentence(
                `${rr.name} is a CNAME to ${target}, which does not exist (NXDOMAIN): whoever claims that name serves content under ${rr.name}`
              )
            });
          }
        }
      }
    }
    return out;
  }
};

// src/rules/spf.ts
import { isIPv4, isIPv6 } from "node:net";
var SPF_LOOKUP_LIMIT = 10;
var textsOf = /* @__PURE__ */ new WeakMap();
function txtTexts(rrset) {
  if (rrset.type !== "TXT") return [];
  let texts = textsOf.get(rrset);
  if (!texts) {
    texts = decodeTexts(rrset);
    textsOf.set(rrset, texts);
  }
  return [...texts];
}
function decodeTexts(rrset) {
  const out = [];
  for (const v of rrset.values) {
    try {
      const rd = decodeRdata("TXT", v);
      out.push(rd.strings.join(""));
    } catch {
    }
  }
  return out;
}
function isSpf(text) {
  return /^v=spf1(?: |$)/i.test(text);
}
var MECHANISMS = /* @__PURE__ */ new Set(["all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"]);
var NEEDS_DOMAIN = /* @__PURE__ */ new Set(["include", "exists"]);
var LOOKUP_MECHANISMS = /* @__PURE__ */ new Set(["include", "a", "mx", "ptr", "exists"]);
function parseSpf(text) {
  const terms = [];
  const errors = [];
  const parts = text.slice("v=spf1".length).split(" ");
  const seenModifiers = /* @__PURE__ */ new Set();
  for (const part of parts) {
    if (part === "") continue;
    const term = parseTerm(part);
    if (typeof term === "string") {
      errors.push(term);
      continue;
    }
    if (term.kind === "modifier" && (term.name === "redirect" || term.name === "exp")) {
      if (seenModifiers.has(term.name)) errors.push(`"${term.name}=" appears more than once`);
      seenModifiers.add(term.name);
    }
    terms.push(term);
  }
  return { terms, errors };
}
function parseTerm(text) {
  const modifier = /^([a-z][a-z0-9_.-]*)=(.*)$/i.exec(text);
  if (modifier) {
    const name2 = modifier[1].toLowerCase();
    const value = modifier[2];
    if (name2 === "redirect" || name2 === "exp") {
      if (!isDomainSpec(value)) return `"${text}": "${value}" is not a valid domain`;
    } else if (!isMacroString(value)) return `"${text}": not a valid macro string`;
    return { qualifier: "", name: name2, kind: "modifier", value, text };
  }
  const m = /^([+\-~?]?)([a-z0-9]+)(?:([:/])(.*))?$/i.exec(text);
  if (!m) return `"${text}" is not an SPF mechanism or modifier`;
  const qualifier = m[1];
  const name = m[2].toLowerCase();
  if (!MECHANISMS.has(name)) return `"${text}": unknown mechanism "${m[2]}"`;
  const sep = m[3];
  const rest = m[4] ?? "";
  const base = { qualifier, name, kind: "mechanism", text };
  if (name === "all") return sep ? `"${text}": "all" takes no argument` : base;
  if (name === "ip4" || name === "ip6") {
    if (sep !== ":") return `"${text}": ${name} needs an address`;
    const slash = rest.indexOf("/");
    const addr = slash < 0 ? rest : rest.slice(0, slash);
    const cidr2 = slash < 0 ? void 0 : rest.slice(slash + 1);
    const ok = name === "ip4" ? isIPv4(addr) : isIPv6(addr);
    if (!ok) return `"${text}": "${addr}" is not an ${name === "ip4" ? "IPv4" : "IPv6"} address`;
    if (cidr2 !== void 0 && !isCidr(cidr2, name === "ip4" ? 32 : 128))
      return `"${text}": "/${cidr2}" is not a valid prefix length`;
    return { ...base, value: addr };
  }
  let domain;
  let cidr;
  if (sep === ":") {
    const slash = rest.indexOf("/");
    domain = slash < 0 ? rest : rest.slice(0, slash);
    cidr = slash < 0 ? void 0 : rest.slice(slash);
  } else if (sep === "/") cidr = `/${rest}`;
  if (NEEDS_DOMAIN.has(name) && domain === void 0) return `"${text}": ${name} needs a domain`;
  if (domain !== void 0 && !isDomainSpec(domain))
    return `"${text}": "${domain}" is not a valid domain`;
  if (cidr !== void 0) {
    if (name !== "a" && name !== "mx") return `"${text}": ${name} takes no prefix length`;
    if (!isDualCidr(cidr)) return `"${text}": "${cidr}" is not a valid prefix length`;
  }
  return domain === void 0 ? base : { ...base, value: domain };
}
function isCidr(text, max) {
  return /^(0|[1-9][0-9]{0,2})$/.test(text) && Number(text) <= max;
}
function isDualCidr(text) {
  const m = /^(?:\/([0-9]+))?(?:\/\/([0-9]+))?$/.exec(text);
  return !!m && (m[1] !== void 0 || m[2] !== void 0) && (m[1] === void 0 || isCidr(m[1], 32)) && (m[2] === void 0 || isCidr(m[2], 128));
}
var MACRO = /%(?:\{[slodiphcrtv][0-9]*r?[.\-+,/_=]*\}|%|_|-)/gi;
function isMacroString(text) {
  const rest = text.replace(MACRO, "");
  return !/%/.test(rest) && /^[\x21-\x7e]*$/.test(rest);
}
function isDomainSpec(text) {
  if (text === "" || !isMacroString(text)) return false;
  if (/%\{[^}]*\}$/.test(text)) return true;
  const name = text.endsWith(".") ? text.slice(0, -1) : text;
  const labels = name.replace(MACRO, "x").split(".");
  if (labels.length < 2 || labels.some((l) => l === "" || l.length > 63)) return false;
  const top = labels[labels.length - 1];
  return /^[a-z0-9]*[a-z][a-z0-9]*$/i.test(top) || /^[a-z0-9]+-[a-z0-9-]*[a-z0-9]$/i.test(top);
}
function plainDomain(spec) {
  if (spec.includes("%")) return void 0;
  const lower = spec.toLowerCase();
  return lower.endsWith(".") ? lower : `${lower}.`;
}
function spfIndex(set) {
  const out = /* @__PURE__ */ new Map();
  for (const zone of set.zones)
    for (const rrset of zone.rrsets) {
      const texts = txtTexts(rrset).filter(isSpf);
      if (texts.length > 0) out.set(rrset.name, { texts, rrset, zone: zone.name });
    }
  return out;
}
function countLookups(name, index, parse2 = parseSpf) {
  const memo = /* @__PURE__ */ new Map();
  const visit = (at, path) => {
    const cached = memo.get(at);
    if (cached) return cached;
    if (path.includes(at)) return { count: 0, external: [], loop: [...path, at] };
    const entry = index.get(at);
    const text = entry?.texts.length === 1 ? entry.texts[0] : void 0;
    if (text === void 0) return { count: 0, external: [] };
    const record = parse2(text);
    const hasAll = record.terms.some((t) => t.kind === "mechanism" && t.name === "all");
    let count2 = 0;
    const external = [];
    let loop;
    for (const t of record.terms) {
      const follows = t.kind === "mechanism" && t.name === "include" || t.kind === "modifier" && t.name === "redirect" && !hasAll;
      const counts2 = t.kind === "mechanism" && LOOKUP_MECHANISMS.has(t.name) || follows;
      if (!counts2) continue;
      count2++;
      if (!follows || t.value === void 0) continue;
      const target = plainDomain(t.value);
      if (target && index.has(target)) {
        const inner = visit(target, [...path, at]);
        count2 += inner.count;
        external.push(...inner.external);
        loop ??= inner.loop;
      } else external.push(t.value);
    }
    const result = loop ? { count: count2, external, loop } : { count: count2, external };
    if (!loop) memo.set(at, result);
    return result;
  };
  return visit(name, []);
}
function memoParseSpf() {
  const cache = /* @__PURE__ */ new Map();
  return (text) => {
    let record = cache.get(text);
    if (!record) {
      record = parseSpf(text);
      cache.set(text, record);
    }
    return record;
  };
}

// src/rules/checks/dmarc-weakened.ts
var STRENGTH = { none: 0, quarantine: 1, reject: 2 };
function parseDmarc(text) {
  const tags2 = /* @__PURE__ */ new Map();
  const parts = text.split(";").map((s) => s.trim());
  if (!/^v\s*=\s*DMARC1$/i.test(parts[0] ?? "")) return void 0;
  for (const part of parts.slice(1)) {
    const eq = part.indexOf("=");
    if (eq > 0) tags2.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  const policy = (v) => {
    const lower = v?.toLowerCase();
    return lower === "none" || lower === "quarantine" || lower === "reject" ? lower : void 0;
  };
  const p = policy(tags2.get("p"));
  if (!p) return void 0;
  const sp = policy(tags2.get("sp")) ?? p;
  const pctText = tags2.get("pct");
  const pct = pctText && /^\d{1,3}$/.test(pctText) ? Math.min(100, Number(pctText)) : 100;
  return {
    p,
    sp,
    np: policy(tags2.get("np")) ?? sp,
    pct,
    testing: tags2.get("t")?.toLowerCase() === "y",
    adkim: tags2.get("adkim")?.toLowerCase() === "s" ? "s" : "r",
    aspf: tags2.get("aspf")?.toLowerCase() === "s" ? "s" : "r"
  };
}
function dmarcOf(rrset) {
  if (!rrset) return { count: 0 };
  const records = txtTexts(rrset).filter((t) => /^v\s*=\s*DMARC1/i.test(t));
  if (records.length !== 1) return { count: records.length };
  const policy = parseDmarc(records[0]);
  return policy ? { policy, count: 1 } : { count: 1 };
}
function weakenings(before, after) {
  const out = [];
  const relaxed = (tag, label) => {
    if (STRENGTH[after[tag]] < STRENGTH[before[tag]])
      out.push(`${label} relaxed from ${before[tag]} to ${after[tag]}`);
  };
  relaxed("p", "policy (p)");
  if (before.sp !== before.p || after.sp !== after.p) relaxed("sp", "subdomain policy (sp)");
  if (before.np !== before.sp || after.np !== after.sp)
    relaxed("np", "non-existent subdomain policy (np)");
  if (after.pct < before.pct && after.p !== "none")
    out.push(
      `pct lowered from ${before.pct} to ${after.pct}: the policy applies to fewer messages`
    );
  if (after.testing && !before.testing) out.push("test mode (t=y) switched on");
  if (before.adkim === "s" && after.adkim === "r") out.push("DKIM alignment relaxed (adkim=r)");
  if (before.aspf === "s" && after.aspf === "r") out.push("SPF alignment relaxed (aspf=r)");
  return out;
}
var dmarcWeakened = {
  id: "dmarc-weakened",
  defaultSeverity: "medium",
  title: "DMARC policy removed or relaxed",
  why: "DMARC tells receivers to reject or quarantine mail that fakes the domain. Removing or relaxing it lets anyone send convincing phishing in the domain\u2019s name again.",
  fix: "Keep the DMARC record and its policy; if a mail source fails DMARC, fix its SPF/DKIM alignment instead. Relax only on purpose, for a short time, with reports (rua) watched.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (d.status === "removed" || !d.before) continue;
      for (const c of d.changes) {
        if (c.type !== "TXT" || c.ttlOnly || !c.name.startsWith("_dmarc.")) continue;
        const was = dmarcOf(c.before);
        if (!was.policy) continue;
        const now = dmarcOf(c.after);
        const domain = c.name.slice("_dmarc.".length);
        let message;
        if (now.count === 0)
          message = sentence(
            `The DMARC record of ${domain} (p=${was.policy.p}) is removed: receivers no longer reject mail that fakes ${domain}`
          );
        else if (now.count > 1)
          message = `${c.name} now has ${now.count} DMARC records: receivers ignore them all (RFC 7489 \xA76.6.3), which removes the p=${was.policy.p} policy.`;
        else if (!now.policy)
          message = `The DMARC record of ${domain} no longer has a valid "v=DMARC1; p=\u2026": receivers ignore it, which removes the p=${was.policy.p} policy.`;
        else {
          const weaker = weakenings(was.policy, now.policy);
          if (weaker.length > 0)
            message = sentence(`DMARC for ${domain} is weakened: ${weaker.join("; ")}`);
        }
        if (!message) continue;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: "TXT",
          message,
          location: c.after?.location ?? c.before?.location
        });
      }
    }
    return out;
  }
};

// src/live/dnssec/verdict.ts
var HALF = 2 ** 31;
var INCEPTION_SKEW_MS = 5 * 6e4;
function absoluteTime(serial, nowMs) {
  const now32 = Math.floor(nowMs / 1e3) % 2 ** 32;
  let diff = (serial >>> 0) - now32;
  if (diff >= HALF) diff -= 2 ** 32;
  else if (diff < -HALF) diff += 2 ** 32;
  return (Math.floor(nowMs / 1e3) + diff) * 1e3;
}
function judge(checks, now) {
  const nowMs = now.getTime();
  const valid = checks.filter((c) => c.outcome === "valid");
  if (valid.length > 0) {
    let best;
    let ended;
    let begins;
    for (const c of valid) {
      const from = absoluteTime(c.inception, nowMs);
      const until = absoluteTime(c.expiration, nowMs);
      if (from > nowMs + INCEPTION_SKEW_MS) {
        if (!begins || from < begins.at) begins = { at: from, keyTag: c.keyTag };
      } else if (until < nowMs) {
        if (!ended || until > ended.at) ended = { at: until, keyTag: c.keyTag };
      } else if (!best || until > best.until) best = { from, until, keyTag: c.keyTag };
    }
    if (best) return { kind: "secure", ...best };
    return { kind: "expired", ...ended ? { ended } : {}, ...begins ? { begins } : {} };
  }
  if (checks.length === 0) return { kind: "bogus", why: "no RRSIG" };
  const judgeable = checks.filter(
    (c) => c.outcome !== "unsupported" && c.outcome !== "unverifiable"
  );
  if (judgeable.length === 0) {
    const c = checks[0];
    return {
      kind: "unknown",
      why: c.outcome === "unsupported" ? `signed with algorithm ${c.algorithm} only, which is not checked` : `the signed data cannot be rebuilt (${c.detail ?? "unusual data"})`
    };
  }
  return { kind: "bogus", why: judgeable.map(describeFailure).join("; ") };
}
function describeFailure(c) {
  const sig = `RRSIG ${c.keyTag}/${c.algorithm}`;
  switch (c.outcome) {
    case "no-key":
      return `${sig}: no such key in the DNSKEY set`;
    case "bad-signature":
      return `${sig}: the signature does not verify${c.detail ? ` (${c.detail})` : ""}`;
    default:
      return `${sig}: ${c.detail ?? c.outcome}`;
  }
}
function utc(ms) {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// src/rules/dnssec-facts.ts
function judgeZone(lz, now) {
  const facts = lz.dnssec;
  if (!facts || !facts.keySets.some((k) => k.dsKeys.length > 0)) return void 0;
  const judged = facts.rrsets.map((r) => {
    const keySet = facts.keySets[r.keySet];
    return {
      name: r.name,
      type: r.type,
      ttl: r.ttl,
      server: r.server,
      keySet,
      verdict: judge(r.signatures, now),
      sigTags: [...new Set(r.signatures.map((s) => s.keyTag))]
    };
  });
  const isDnskey = (j) => j.name === lz.zone && j.type === "DNSKEY";
  const anchored = facts.keySets.filter(
    (set) => judged.some(
      (j) => isDnskey(j) && j.keySet === set && (j.verdict.kind === "secure" || j.verdict.kind === "expired")
    )
  );
  const withKeys = new Set(facts.keySets.flatMap((k) => k.servers));
  const own = (server, set) => set.servers.includes(server) || !withKeys.has(server) && set === anchored[0];
  const all = judged.map((j) => ({ ...j, own: own(j.server, j.keySet) }));
  const dnskey = all.filter(isDnskey);
  const rrsets = all.filter((j) => !isDnskey(j) && anchored.includes(j.keySet));
  return { zone: lz.zone, keySets: facts.keySets, dnskey, rrsets };
}
function byRRset(list2) {
  const groups = /* @__PURE__ */ new Map();
  for (const j of list2) {
    const k = `${j.name} ${j.type}`;
    const g = groups.get(k);
    if (g) g.push(j);
    else groups.set(k, [j]);
  }
  return [...groups.values()];
}
function* judgedZones(ctx) {
  for (const { key, apex, head } of zonePairs(ctx)) {
    const lz = liveZone(ctx, apex);
    const judged = lz && judgeZone(lz, ctx.now);
    if (judged) yield { key, apex, head, judged };
  }
}
function rrsetLocation(head, name, type) {
  return findRRset(head, name, type)?.location ?? head?.location;
}

// src/rules/checks/dnssec-bogus.ts
var tags = (list2) => list2.length > 0 ? list2.join(", ") : "none";
var dnssecBogus = {
  id: "dnssec-bogus",
  defaultSeverity: "critical",
  title: "Signed data that does not validate",
  why: "A validating resolver that cannot build a chain of valid signatures from the parent's DS to an answer treats the answer as bogus and returns SERVFAIL: for a broken DNSKEY set, every name of the zone; for one RRset, that RRset.",
  fix: "Sign the DNSKEY set with a key the parent's DS references (or update the DS), re-sign the failing RRsets, and in a multi-signer setup publish every provider's zone-signing keys in every provider's DNSKEY set (RFC 8901).",
  check(ctx) {
    const out = [];
    for (const { key, apex, head, judged } of judgedZones(ctx)) {
      const at = (name, type) => rrsetLocation(head, name, type);
      const dsTags = [...new Set(judged.keySets.flatMap((k) => k.dsKeys))];
      for (const set of judged.keySets) {
        const bad = judged.dnskey.filter((j) => j.keySet === set && j.verdict.kind === "bogus");
        if (bad.length === 0) continue;
        const signedBy = [...new Set(bad.flatMap((j) => j.sigTags))];
        const how = set.dsKeys.length === 0 ? `holds no key a DS at the parent references (DS key tags ${tags(dsTags)})` : `is signed only by keys ${tags(signedBy)}, and no valid signature by a key a DS references (${tags(set.dsKeys)})`;
        const location = at(apex, "DNSKEY");
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: "DNSKEY",
          key: set.servers.join(" "),
          message: sentence(
            `The DNSKEY set served by ${listValues(set.servers, 3)} ${how}: validating resolvers that get it answer SERVFAIL for every name in ${apex}`
          ),
          ...location ? { location } : {}
        });
      }
      const withKeys = new Set(judged.keySets.flatMap((k) => k.servers));
      const own = judged.rrsets.filter((j) => j.own);
      const keyless = own.filter((j) => !withKeys.has(j.server) && j.verdict.kind === "bogus");
      for (const server of new Set(keyless.map((j) => j.server))) {
        const bad = keyless.filter((j) => j.server === server);
        const why = [...new Set(bad.map((j) => j.verdict.kind === "bogus" ? j.verdict.why : ""))];
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: "DNSKEY",
          key: `keyless ${server}`,
          message: sentence(
            `${server} serves no DNSKEY set for ${apex} and its answers (${listValues(
              bad.map((j) => `${j.name} ${j.type}`),
              3
            )}) do not validate (${why.join("; ")}): it serves an unsigned or differently signed copy, and validating resolvers that ask it answer SERVFAIL`
          ),
          ...head?.location ? { location: head.location } : {}
        });
      }
      for (const group of byRRset(own.filter((j) => withKeys.has(j.server)))) {
        const bad = group.filter((j) => j.verdict.kind === "bogus");
        if (bad.length === 0) continue;
        const { name, type } = bad[0];
        const why = [...new Set(bad.map((j) => j.verdict.kind === "bogus" ? j.verdict.why : ""))];
        const location = at(name, type);
        out.push({
          introduced: false,
          zone: key,
          name,
          type,
          message: sentence(
            `${name} ${type} as served by ${listValues([...new Set(bad.map((j) => j.server))], 3)} does not validate (${why.join("; ")}): validating resolvers answer SERVFAIL for it`
          ),
          ...location ? { location } : {}
        });
      }
      const crossed = /* @__PURE__ */ new Map();
      const fine = new Set(
        own.filter((j) => j.verdict.kind === "secure").map((j) => `${j.server} ${j.name} ${j.type}`)
      );
      for (const j of judged.rrsets) {
        if (j.own || j.verdict.kind !== "bogus") continue;
        if (!fine.has(`${j.server} ${j.name} ${j.type}`)) continue;
        const answering = judged.keySets.find((k2) => k2.servers.includes(j.server));
        const k = `${answering?.servers.join(" ")}|${j.keySet.servers.join(" ")}`;
        const list2 = crossed.get(k);
        if (list2) list2.push(j);
        else crossed.set(k, [j]);
      }
      for (const list2 of crossed.values()) {
        const answering = [...new Set(list2.map((j) => j.server))];
        const against = list2[0].keySet;
        const missing = [...new Set(list2.flatMap((j) => j.sigTags))].filter(
          (t) => !against.dnskey.some((v) => keyTagOf(v) === t)
        );
        const rrsets = [...new Set(list2.map((j) => `${j.name} ${j.type}`))];
        const how = missing.length > 0 ? `are signed by key ${tags(missing)}, which the DNSKEY set served by ${listValues(against.servers, 3)} lacks` : `do not validate with the DNSKEY set served by ${listValues(against.servers, 3)}`;
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: "DNSKEY",
          key: `multi-signer ${answering.join(" ")} | ${against.servers.join(" ")}`,
          message: sentence(
            `Answers from ${listValues(answering, 3)} (${listValues(rrsets, 3)}) ${how}: a resolver holding that set finds them bogus and answers SERVFAIL (RFC 8901: every signer's DNSKEY set must hold every signer's zone-signing keys)`
          ),
          ...head?.location ? { location: head.location } : {}
        });
      }
    }
    return out;
  }
};
function keyTagOf(value) {
  const k = parseDnskey(value);
  return k ? keyTag(k) : void 0;
}

// src/rules/checks/dnssec-disable.ts
var dnssecDisable = {
  id: "dnssec-disable",
  defaultSeverity: "critical",
  title: "DNSSEC is switched off while the parent still publishes DS",
  why: "With a DS at the parent, validating resolvers require signatures. A zone that stops signing before the DS is gone (and its TTL has passed) fails validation: SERVFAIL for every name, for as long as resolvers cache the DS.",
  fix: "First remove the DS at the registrar, wait at least the DS TTL (often a day), then turn signing off in a later change.",
  check(ctx) {
    const out = [];
    for (const { key, apex, base, head } of zonePairs(ctx)) {
      if (!head) continue;
      const turnedOff = head.dnssec === "off" && base?.dnssec !== "off";
      const baseKeys = findRRset(base, apex, "DNSKEY");
      const headKeys = findRRset(head, apex, "DNSKEY");
      const keysRemoved = (baseKeys?.values.length ?? 0) > 0 && !headKeys;
      if (!turnedOff && !keysRemoved) continue;
      const what2 = turnedOff ? "turns DNSSEC signing off" : "removes every DNSKEY";
      const location = (keysRemoved ? baseKeys?.location : void 0) ?? head.location;
      const lz = liveZone(ctx, apex);
      if (lz?.delegation) {
        if (lz.delegation.ds.length === 0) continue;
        const ttl = lz.delegation.dsTtl === void 0 ? "" : ` (TTL ${lz.delegation.dsTtl} s)`;
        const signed = servedDnskeys(lz).length > 0 ? " and the zone is signed today" : "";
        out.push({
          introduced: true,
          zone: key,
          name: apex,
          type: "DNSKEY",
          message: sentence(
            `This change ${what2} for ${apex} while ${lz.delegation.parent} still publishes ${lz.delegation.ds.length} DS${ttl}${signed}`
          ),
          ...location ? { location } : {}
        });
      } else {
        out.push({
          introduced: true,
          zone: key,
          name: apex,
          type: "DNSKEY",
          severity: "high",
          message: `This change ${what2} for ${apex}; live DNS could not confirm whether the parent still publishes DS \u2014 check \`dig DS ${apex}\` before merging.`,
          ...location ? { location } : {}
        });
      }
    }
    return out;
  }
};

// src/rules/registry-facts.ts
function registrations(ctx) {
  const out = [];
  for (const fact of ctx.registry?.domains ?? []) {
    if (fact.outcome !== "found" || !fact.registration) continue;
    const diffs = ctx.diffs.filter((d) => fact.zones.includes(d.name));
    const own = diffs.find((d) => d.name === fact.domain) ?? diffs[0];
    if (!own) continue;
    const zone = own.after ?? own.before;
    out.push({
      fact,
      registration: fact.registration,
      zone: own.zone,
      ...zone?.location ? { location: zone.location } : {}
    });
  }
  return out;
}
function rdapSource(fact) {
  return fact.url ? new URL(fact.url).host : "the registry";
}

// src/rules/checks/domain-expiring.ts
var DAY = 864e5;
var HIGH_DAYS = 30;
var MEDIUM_DAYS = 90;
var domainExpiring = {
  id: "domain-expiring",
  defaultSeverity: "high",
  title: "The domain registration expires soon",
  why: "When a registration lapses the registry takes the domain out of the DNS (every name stops resolving), and after the grace periods anyone may register it and receive its mail and traffic.",
  fix: "Renew the domain at the registrar now, and turn on auto-renew with a payment method that will still work at the next renewal.",
  check(ctx) {
    const out = [];
    for (const { fact, registration, zone, location } of registrations(ctx)) {
      const dates = registration.events.filter((e) => e.action === "expiration").map((e) => Date.parse(e.date));
      if (dates.length === 0) continue;
      const expires = Math.min(...dates);
      const days = Math.floor((expires - ctx.now.getTime()) / DAY);
      if (days > MEDIUM_DAYS) continue;
      const when = new Date(expires).toISOString().slice(0, 10);
      out.push({
        introduced: false,
        zone,
        name: fact.domain,
        severity: days <= HIGH_DAYS ? "high" : "medium",
        message: expires <= ctx.now.getTime() ? `The registration of ${fact.domain} expired on ${when} (registry: ${rdapSource(fact)}).` : `The registration of ${fact.domain} expires on ${when}, in ${days} day${days === 1 ? "" : "s"} (registry: ${rdapSource(fact)}).`,
        ...location ? { location } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/drift.ts
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
var ADOPT_FIX = {
  dnscontrol: "Bring what the zone holds now into the config before the first push (dnscontrol get-zones writes it as a D()), or mark what others manage with IGNORE()/NO_PURGE.",
  octodns: "Bring what the zone holds now into the zone file before the first sync (octodns-dump writes it), or mark what others manage with octodns: ignored: true or a filter.",
  terraform: "Terraform creates only the records it declares and leaves the rest alone, but creating a record that already exists fails (Route 53 without allow_overwrite, Cloudflare): import what the zone holds now (an import block or terraform import) before the first apply.",
  bind: "Start the zone file from what the zone serves now (a zone transfer or the provider export), so loading it changes only what this pull request means to change."
};
function adoptedZone(ctx, d) {
  const lz = liveZone(ctx, d.name);
  const head = d.after;
  if (d.before || !head || !lz || !lz.servers.some((s) => s.authoritative)) return void 0;
  if (pushWritesNothing(head)) return void 0;
  const changes = ctx.apply.get(d.zone) ?? [];
  const removed = changes.filter((c) => c.kind === "remove");
  const modified = changes.filter((c) => c.kind === "modify");
  const known = removed.length + modified.length;
  const names = (cs) => listValues(
    cs.map((c) => `${c.name} ${c.type}`),
    3
  );
  const effects = [
    ...removed.length > 0 ? [`deletes ${plural(removed.length, "live RRset")} (${names(removed)})`] : [],
    ...modified.length > 0 ? [`overwrites ${plural(modified.length, "live RRset")} (${names(modified)})`] : []
  ];
  const asked = lz.rrsets.length + lz.absent.length;
  const rest = head.noPurge ? "NO_PURGE keeps the live records the config does not name." : `It also deletes every live record whose name and type the config does not list: live DNS was asked only about the ${plural(asked, "name and type", "names and types")} the config names, so those are not counted here.`;
  if (known === 0 && head.noPurge) return void 0;
  return {
    introduced: true,
    zone: d.zone,
    name: d.name,
    key: "adopted-zone",
    message: `${d.name} is new in the ${d.format} config but live DNS already serves it: the first push makes the zone what the config says${effects.length > 0 ? ` and ${effects.join(" and ")}` : ""}. ${rest}`,
    fix: ADOPT_FIX[d.format],
    ...head.location ? { location: head.location } : {}
  };
}
function what(c) {
  if (c.kind === "add") return `exists live but not in git (${describeChange(c)})`;
  if (c.kind === "remove") return `is in git but missing live (${describeChange(c)})`;
  return `differs live from git (git \u2192 live: ${describeChange(c)})`;
}
var drift = {
  id: "drift",
  defaultSeverity: "medium",
  title: "Live DNS differs from git for records this change touches or would purge",
  why: "A record changed outside git (a console edit, an emergency fix, a verification token) is overwritten or deleted by the next push; nobody reviewing the diff sees it.",
  fix: "Bring the live value into the repository in this pull request (or mark the record unmanaged/IGNORE), or confirm that reverting it is intended.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      const adopted = adoptedZone(ctx, d);
      if (adopted) out.push(adopted);
      const drifted = ctx.drift.get(d.zone) ?? [];
      if (drifted.length === 0) continue;
      const applied = new Set((ctx.apply.get(d.zone) ?? []).map(rrsetKey));
      const touched = new Set(d.changes.map(rrsetKey));
      for (const c of drifted) {
        const k = rrsetKey(c);
        if (!applied.has(k)) continue;
        const introduced = touched.has(k);
        const loc = (d.after && indexZone(d.after).rrset(c.name, c.type))?.location ?? c.before?.location;
        out.push({
          introduced,
          zone: d.zone,
          name: c.name,
          type: c.type,
          message: `${c.name} ${c.type} ${what(c)}; the next push ${c.kind === "add" ? "deletes" : c.kind === "remove" ? "re-creates" : "overwrites"} it.`,
          ...loc ? { location: loc } : {}
        });
      }
    }
    return out;
  }
};

// src/rules/checks/ds-change.ts
var dsChange = {
  id: "ds-change",
  defaultSeverity: "critical",
  title: "A DS record changes",
  why: "DS records chain trust to a signed child zone. A DS that matches no key the child serves makes every validating resolver return SERVFAIL for the whole child zone, and resolvers cache DS for its TTL (often a day).",
  fix: "Publish the new DS only once the child serves the matching DNSKEY; keep the old DS until the old key is gone and one DS TTL has passed. Compare with `dig DS` and `dig DNSKEY` before merging.",
  absorbs: ["ttl-not-lowered"],
  // how long caches keep the old RRset is part of this change
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      for (const c of d.changes) {
        if (c.type !== "DS" && c.type !== "CDS" || c.ttlOnly) continue;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: c.type,
          message: `${c.type} of ${c.name} changes (${describeChange(c)}).`,
          location: changeLocation(c)
        });
      }
    }
    return out;
  }
};

// src/rules/checks/ds-mismatch.ts
function judgeDs(owner, dsValues, keyValues) {
  const ds = dsValues.map(parseDs).filter((d) => d !== void 0);
  if (ds.length === 0) return "ok";
  const keys = keyValues.map(parseDnskey).filter((k) => k !== void 0 && isUsableKey(k));
  if (keys.length === 0) return "unsigned";
  let checkable = false;
  for (const d of ds) {
    const m = matchDs(owner, d, keys);
    if (m.kind === "match") return "ok";
    if (m.kind === "no-match") checkable = true;
  }
  return checkable ? "no-match" : "unknown";
}
function describe2(verdict, owner, ds) {
  const tags2 = ds.map(parseDs).filter((d) => d).map((d) => `${d.keyTag}/${d.algorithm}`).join(", ");
  return verdict === "unsigned" ? `the parent publishes DS (${tags2}) for ${owner} but the zone serves no usable DNSKEY` : `no DS for ${owner} (${tags2}) matches a DNSKEY the zone serves`;
}
var dsMismatch = {
  id: "ds-mismatch",
  defaultSeverity: "critical",
  title: "A DS matches no DNSKEY the child zone serves",
  why: "Validating resolvers (most public ones) return SERVFAIL for every name in a zone whose DS set points at no key the zone serves: the zone disappears for a large share of users until the DS is fixed and its TTL has expired.",
  fix: "Publish a DS computed from a key the zone serves (`dig DNSKEY zone | dnssec-dsfromkey -f - zone`), or serve the key the DS points to; when moving providers, add the new provider's key before switching NS.",
  check(ctx) {
    const out = [];
    for (const { key, apex, base, head } of zonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      if (lz?.delegation && lz.delegation.ds.length > 0) {
        const served = servedDnskeys(lz);
        const now = judgeDs(apex, lz.delegation.ds, served);
        const headKeys = findRRset(head, apex, "DNSKEY")?.values;
        const after = head && headKeys ? judgeDs(apex, lz.delegation.ds, headKeys) : now;
        const bad = (v) => v === "no-match" || v === "unsigned";
        if (bad(after) || bad(now)) {
          const introduced = bad(after) && !bad(now);
          out.push({
            introduced,
            zone: key,
            name: apex,
            type: "DS",
            message: introduced ? `After this change ${describe2(after, apex, lz.delegation.ds)}: the parent ${lz.delegation.parent} still publishes that DS.` : `Live DNS: ${describe2(now, apex, lz.delegation.ds)} (DS at ${lz.delegation.parent}).`,
            ...head?.location ? { location: head.location } : {}
          });
        }
      }
      for (const rr of head?.rrsets ?? []) {
        if (rr.type !== "DS" || rr.name === apex || !isInZone(rr.name, apex)) continue;
        const childKeys = childDnskeys(ctx, rr.name);
        if (!childKeys) continue;
        const v = judgeDs(rr.name, rr.values, childKeys);
        if (v !== "no-match" && v !== "unsigned") continue;
        const before = findRRset(base, rr.name, "DS");
        const unchanged = before && before.values.join("\n") === rr.values.join("\n");
        out.push({
          introduced: !unchanged,
          zone: key,
          name: rr.name,
          type: "DS",
          message: sentence(`${describe2(v, rr.name, rr.values)}`),
          ...rr.location ? { location: rr.location } : {}
        });
      }
    }
    return out;
  }
};
function childDnskeys(ctx, child) {
  const inRepo = ctx.head.zones.find((z) => z.name === child);
  const rr = findRRset(inRepo, child, "DNSKEY");
  if (rr) return rr.values;
  const lz = liveZone(ctx, child);
  if (lz) {
    const served = servedDnskeys(lz);
    return lz.servers.some((s) => s.authoritative) ? served : void 0;
  }
  for (const z of ctx.live?.zones ?? []) {
    const fact = z.keys?.find((k) => k.name === child);
    if (fact && fact.rcode === "NOERROR") return fact.dnskey;
  }
  return void 0;
}

// src/rules/checks/lame-delegation.ts
var lameDelegation = {
  id: "lame-delegation",
  defaultSeverity: "high",
  title: "A delegated nameserver does not answer authoritatively",
  why: "Resolvers that pick a lame server retry elsewhere (slow answers) or fail; a provider that no longer hosts the zone may let anyone claim it there and answer for your names.",
  fix: "Make the server serve the zone again, or remove it from the NS set at the registrar and in the zone.",
  check(ctx) {
    const out = [];
    for (const { key, apex } of delegatedZonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      if (!lz?.delegation) continue;
      const byName = /* @__PURE__ */ new Map();
      for (const s of lz.servers) {
        if (s.authoritative) continue;
        const e = byName.get(s.name) ?? { addresses: [], errors: [], silent: true };
        e.addresses.push(s.address);
        if (s.error) e.errors.push(s.error);
        if (s.responded) e.silent = false;
        byName.set(s.name, e);
      }
      for (const [name, e] of byName) {
        const how = e.silent ? "does not answer at all" : `answers without authority (${[...new Set(e.errors)].join("; ")})`;
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: "NS",
          key: name,
          message: sentence(
            `Nameserver ${name} (${e.addresses.join(", ")}), delegated by ${lz.delegation.parent}, ${how} for ${apex}`
          )
        });
      }
    }
    return out;
  }
};

// src/rules/checks/mass-change.ts
function toolSays(format, octodnsRefuses) {
  if (format === "octodns")
    return octodnsRefuses ? "octoDNS refuses such a plan without --force" : "under octoDNS\u2019s own thresholds, so octoDNS applies it without --force";
  if (format === "dnscontrol") return "dnscontrol push applies all of it in one run";
  return "the zone file is served as written once the server reloads it";
}
function renumbering(updates) {
  let pair;
  for (const c of updates) {
    const removed = c.before.values.filter((v) => !c.after.values.includes(v));
    const added = c.after.values.filter((v) => !c.before.values.includes(v));
    if (removed.length !== 1 || added.length !== 1) return void 0;
    if (pair && (pair.from !== removed[0] || pair.to !== added[0])) return void 0;
    pair = { from: removed[0], to: added[0] };
  }
  return updates.length >= 2 ? pair : void 0;
}
function judgeZone2(d, t) {
  const existing = d.before.rrsets.length;
  if (existing < t.minExisting) return void 0;
  const modified = d.changes.filter((c) => c.kind === "modify");
  const updates = modified.filter((c) => !c.ttlOnly);
  const deletes = d.changes.filter((c) => c.kind === "remove").length;
  const updateShare = updates.length / existing;
  const deleteShare = deletes / existing;
  const octodnsRefuses = modified.length / existing > t.updatePercent || deleteShare > t.deletePercent;
  const manyUpdates = updateShare > t.updatePercent;
  const manyDeletes = deleteShare > t.deletePercent;
  const parts = [];
  if (manyDeletes)
    parts.push(
      `${deletes} of ${existing} RRsets deleted (${percent(deleteShare)} > ${percent(t.deletePercent)})`
    );
  if (manyUpdates)
    parts.push(
      `${updates.length} of ${existing} RRsets get new values (${percent(updateShare)} > ${percent(t.updatePercent)})`
    );
  const shared = manyUpdates ? renumbering(updates) : void 0;
  let severity;
  let message;
  if (parts.length > 0) {
    severity = manyDeletes || !shared ? "high" : "medium";
    const one = shared ? `; every one of the ${updates.length} changes replaces one shared value, ${shared.from} \u2192 ${shared.to}` : "";
    message = `A large share of ${d.name} changes at once: ${parts.join(" and ")}${one}; ${toolSays(d.format, octodnsRefuses)}.`;
  } else if (d.format === "octodns" && octodnsRefuses) {
    severity = "low";
    message = `${modified.length} of ${existing} RRsets of ${d.name} are updated, ${modified.length - updates.length} of them only in their TTL: the answers stay the same, but octoDNS counts every update and refuses the plan without --force.`;
  } else return void 0;
  return {
    introduced: true,
    zone: d.zone,
    name: d.name,
    key: "zone",
    severity,
    message,
    ...shared ? {
      fix: `Check that ${shared.to} serves every one of the ${updates.length} names (${listValues(
        updates.map((c) => c.name),
        3
      )}) before merging; split the change if some are not ready.`
    } : {},
    ...d.after?.location ? { location: d.after.location } : {}
  };
}
var massChange = {
  id: "mass-change",
  defaultSeverity: "high",
  title: "A large share of a zone changes at once",
  why: "Changing or deleting a large share of a zone in one push is how a bad generator, a wrong file or a mis-merge wipes a domain; octoDNS refuses such plans without --force for the same reason.",
  fix: "Check the change is intended; split it into smaller pull requests, or accept the risk with the override label.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (!d.before || !d.after) continue;
      const finding = judgeZone2(d, { ...ctx.policy.massChange, ...d.after.thresholds });
      if (finding) out.push(finding);
    }
    return out;
  }
};

// src/rules/checks/migration-not-ready.ts
var plural2 = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function problems(c, lz, apex) {
  if (!c.authoritative)
    return [`does not answer authoritatively for ${apex} (${c.error ?? "no authoritative SOA"})`];
  const out = [];
  const missing = c.missingCount ?? c.missing.length;
  const differing = c.differingCount ?? c.differing.length;
  if (missing > 0 || differing > 0) {
    const parts = [
      missing > 0 ? `missing: ${listValues(c.missing, 3)}${c.missingCount ? ` (${missing} in all)` : ""}` : "",
      differing > 0 ? `different data: ${listValues(c.differing, 3)}${c.differingCount ? ` (${differing} in all)` : ""}` : ""
    ].filter(Boolean);
    out.push(
      `serves ${c.served} of ${plural2(c.expected, "RRset")} as head has them; ${parts.join("; ")}`
    );
  }
  const keyProblem = dnskeyProblem(c, lz, apex);
  if (keyProblem) out.push(keyProblem);
  return out;
}
function dnskeyProblem(c, lz, apex) {
  const ds = (lz.delegation?.ds ?? []).map(parseDs).filter((d) => d !== void 0);
  if (ds.length === 0) return void 0;
  const keys = (c.dnskey ?? []).map(parseDnskey).filter((k) => k !== void 0);
  if (keys.length === 0)
    return `serves no DNSKEY while ${lz.delegation.parent} publishes DS for ${apex}: validating resolvers would reject its answers`;
  const matches = ds.map((d) => matchDs(apex, d, keys).kind);
  if (matches.includes("match") || matches.every((m) => m === "unknown-digest")) return void 0;
  return `serves a DNSKEY set that none of the ${plural2(ds.length, "DS record")} at ${lz.delegation.parent} matches: validating resolvers would reject its answers`;
}
var migrationNotReady = {
  id: "migration-not-ready",
  defaultSeverity: "critical",
  title: "A nameserver this change delegates to is not ready to serve the zone",
  why: "Once the delegation names a new server, resolvers ask it: records it lacks vanish for them, records it holds differently change, and a server that does not answer for the zone, or whose keys no DS at the parent matches, makes the zone fail for everyone who reaches it (for validating resolvers, every answer).",
  fix: "Load the complete zone into the new provider (and, for a signed zone, publish a DS for its key at the parent or go insecure first), check its answers, and only then change the nameservers; or keep the old nameservers in this change until it is ready.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (!d.after) continue;
      const lz = liveZone(ctx, d.name);
      if (!lz?.candidates) continue;
      const byName = /* @__PURE__ */ new Map();
      for (const c of lz.candidates) {
        const found = problems(c, lz, d.name);
        if (found.length === 0) continue;
        const e = byName.get(c.name) ?? { addresses: [], problems: [] };
        if (c.address) e.addresses.push(c.address);
        for (const p of found) if (!e.problems.includes(p)) e.problems.push(p);
        byName.set(c.name, e);
      }
      const ns = findRRset(d.after, d.name, "NS");
      const location = ns?.location ?? d.after.location;
      for (const [name, e] of byName)
        out.push({
          introduced: true,
          zone: d.zone,
          name: d.name,
          type: "NS",
          key: name,
          message: sentence(
            `${name}${e.addresses.length > 0 ? ` (${e.addresses.join(", ")})` : ""}, a nameserver this change delegates ${d.name} to, ${e.problems.join("; and ")}`
          ),
          ...location ? { location } : {}
        });
    }
    return out;
  }
};

// src/rules/checks/missing-glue.ts
function configFindings(set) {
  const out = [];
  for (const z of set.zones) {
    const hasAddress = indexZone(z).addressOwners;
    const local = specialUseZone(z.name) !== void 0;
    for (const r of z.rrsets) {
      if (r.type !== "NS" || local && r.name === z.name) continue;
      for (const ns of r.values) {
        if (!isInZone(ns, r.name) || !isInZone(ns, z.name) || hasAddress.has(ns)) continue;
        out.push({
          zone: zoneKey(z),
          name: r.name,
          type: r.type,
          key: ns,
          ...r.location ? { location: r.location } : {},
          message: `Nameserver ${ns} of ${r.name} lies inside the zone but has no A or AAAA record there.`
        });
      }
    }
  }
  return out;
}
var missingGlue = {
  id: "missing-glue",
  defaultSeverity: "high",
  title: "An in-zone nameserver name has no address record",
  why: "A nameserver named inside the zone it serves can only be found through glue: without an address record resolvers cannot reach it, and the delegation fails once the other servers do.",
  fix: "Add A/AAAA records for the nameserver name (and the same glue at the registrar), or use a nameserver name outside the zone.",
  check(ctx) {
    const out = compareStates(ctx, configFindings);
    for (const { key, apex } of delegatedZonePairs(ctx)) {
      const d = liveZone(ctx, apex)?.delegation;
      if (!d) continue;
      for (const ns of d.ns) {
        if (!isInZone(ns, apex) || d.glue.some((g) => g.name === ns)) continue;
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: "NS",
          key: `parent:${ns}`,
          message: `The parent ${d.parent} delegates ${apex} to ${ns}, inside the zone, without glue.`
        });
      }
    }
    return out;
  }
};

// src/rules/served.ts
function zoneCuts(zone) {
  return zone ? indexZone(zone).cuts : /* @__PURE__ */ new Set();
}
function isOccluded(zone, cuts, name, type) {
  if (!zone || cuts.size === 0 || type === "A" || type === "AAAA") return false;
  if (cuts.has(name)) return type !== "NS" && type !== "DS";
  for (let n = parentName(name); n !== zone.name && n !== "."; n = parentName(n)) {
    if (!isInZone(n, zone.name)) break;
    if (cuts.has(n)) return true;
  }
  return false;
}
function referencedTargets(set) {
  const out = /* @__PURE__ */ new Map();
  for (const zone of set.zones) {
    for (const ns of zone.nameservers ?? []) out.set(ns, "nameserver");
    for (const r of zone.rrsets) {
      if (r.type === "NS") for (const v of r.values) out.set(v, "nameserver");
      if (r.type === "MX")
        for (const v of r.values) {
          const exchange = v.split(" ")[1];
          if (exchange && exchange !== "." && !out.has(exchange)) out.set(exchange, "mail server");
        }
    }
  }
  return out;
}
function nameIndex(zone) {
  return indexZone(zone).exists;
}

// src/rules/checks/missing-trailing-dot.ts
var TARGETS = /* @__PURE__ */ new Set(["CNAME", "MX", "NS"]);
function targetOf(type, value) {
  if (type === "MX") return decodeRdata("MX", value).exchange;
  return value;
}
var missingTrailingDot = {
  id: "missing-trailing-dot",
  defaultSeverity: "high",
  title: "A target in a zone file lost its trailing dot and points inside the zone",
  why: "In a zone file a name without a trailing dot is relative: the origin is appended, so a CNAME, MX or NS meant for another domain points at a name inside this zone that does not exist. The record answers, but with a target that fails (NXDOMAIN): the site, mail or delegation behind it stops working.",
  fix: "Add the trailing dot to the target (shops.example-cdn.com.), or write the full name inside the zone on purpose.",
  check(ctx) {
    return compareStates(ctx, (set) => {
      const out = [];
      for (const zone of set.zones) {
        if (zone.format !== "bind") continue;
        const exists = nameIndex(zone);
        for (const rr of zone.rrsets) {
          if (!TARGETS.has(rr.type)) continue;
          for (const value of rr.values) {
            const target = targetOf(rr.type, value);
            const meant = lostTrailingDot(zone, target);
            if (!meant || exists(target)) continue;
            out.push({
              zone: zoneKey(zone),
              name: rr.name,
              type: rr.type,
              key: target,
              message: `${rr.name} ${rr.type} points at ${target}, inside ${zone.name} where it has no records: missing trailing dot? ${meant} was probably meant.`,
              ...rr.location ? { location: rr.location } : {}
            });
          }
        }
      }
      return out;
    });
  }
};

// src/rules/checks/mx-change.ts
var isNullMx = (values) => values?.length === 1 && values[0] === "0 .";
var mxChange = {
  id: "mx-change",
  defaultSeverity: "high",
  title: "Mail routing (MX) changes",
  why: "MX decides where mail for a name is delivered. A wrong MX bounces or diverts mail, and senders cache the old MX for its TTL.",
  fix: "Make sure the new mail servers accept mail for this domain before merging, keep the old ones running for one MX TTL, and check SPF/DKIM follow.",
  absorbs: ["ttl-not-lowered"],
  // how long caches keep the old RRset is part of this change
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (d.status === "removed") continue;
      const cutsBefore = zoneCuts(d.before);
      const cutsAfter = zoneCuts(d.after);
      for (const c of d.changes) {
        if (c.type !== "MX" || c.ttlOnly) continue;
        const servedBefore = c.before && !isOccluded(d.before, cutsBefore, c.name, "MX");
        const servedAfter = c.after && !isOccluded(d.after, cutsAfter, c.name, "MX");
        if (!servedBefore && !servedAfter) continue;
        if (c.kind === "add" && !isNullMx(c.after?.values)) continue;
        let message = `MX of ${c.name} ${c.kind === "remove" ? "is removed: mail falls back to its A/AAAA records or bounces" : "changes"} (${describeChange(c)}).`;
        if (isNullMx(c.after?.values))
          message = `${c.name} gets a null MX (RFC 7505): it will accept no mail at all (${describeChange(c)}).`;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: "MX",
          message,
          location: changeLocation(c)
        });
      }
    }
    return out;
  }
};

// src/rules/checks/ns-change.ts
function servingProviders(z) {
  return z.providers.filter((p) => p.nsCount !== 0).map((p) => `${p.name}${p.type ? ` (${p.type})` : ""}`).sort().join(", ");
}
var nsChange = {
  id: "ns-change",
  defaultSeverity: "critical",
  title: "The apex NS set changes",
  why: "The apex NS set decides which servers answer for the whole zone. A wrong set, or one the parent does not match, takes the domain off the internet, and resolvers cache NS for up to two days, so a mistake outlives its revert.",
  fix: "Check every new nameserver answers authoritatively for the zone with the full data before merging, change the registrar delegation in step, and lower the NS TTL a day ahead.",
  absorbs: ["ttl-not-lowered"],
  // how long caches keep the old RRset is part of this change
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (!d.before || !d.after) continue;
      const base = { zone: d.zone, name: d.name, type: "NS", introduced: true };
      let records = false;
      for (const c of d.changes) {
        if (c.type === "NS" && c.name === d.name && !c.ttlOnly) {
          records = true;
          const what2 = d.format === "dnscontrol" ? "NAMESERVER() set" : "NS set";
          out.push({
            ...base,
            message: `The apex ${what2} of ${d.name} changes (${describeChange(c)}).`,
            location: changeLocation(c) ?? d.after.location,
            key: "records"
          });
        }
      }
      const before = [...d.before.nameservers ?? []].sort();
      const after = [...d.after.nameservers ?? []].sort();
      if (!records && before.join(",") !== after.join(",")) {
        out.push({
          ...base,
          message: sentence(
            `The configured nameservers of ${d.name} change: ${listValues(before)} \u2192 ${listValues(after)}`
          ),
          location: d.after.location,
          key: "nameservers"
        });
      }
      const pb = servingProviders(d.before);
      const pa = servingProviders(d.after);
      if (pb !== pa && (pb || pa)) {
        out.push({
          ...base,
          message: `The DNS providers whose nameservers serve ${d.name} change: ${pb || "(none)"} \u2192 ${pa || "(none)"}, so the delegation changes.`,
          location: d.after.location,
          key: "providers"
        });
      }
    }
    return out;
  }
};

// src/rules/checks/ns-count.ts
var nsCount = {
  id: "ns-count",
  defaultSeverity: "high",
  title: "Fewer than two nameservers",
  why: "With a single nameserver, one outage or one network problem makes every name in the zone unresolvable; RFC 1034 and RFC 2182 ask for at least two, on separate networks.",
  fix: "List at least two nameservers, ideally at two operators or networks.",
  check(ctx) {
    const out = [];
    for (const { key, apex, base, head } of delegatedZonePairs(ctx)) {
      if (!head) continue;
      const live = liveNs(ctx, apex);
      const after = configuredNs(head) ?? live;
      if (!after || new Set(after).size >= 2) continue;
      const before = configuredNs(base) ?? live;
      const introduced = !before || new Set(before).size >= 2;
      const loc = head.rrsets.find((r) => r.name === apex && r.type === "NS")?.location;
      out.push({
        introduced,
        zone: key,
        name: apex,
        type: "NS",
        message: after.length === 0 ? `${apex} has no nameserver.` : sentence(`${apex} has a single nameserver, ${after[0]}`),
        ...loc ? { location: loc } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/ns-mismatch.ts
var nsMismatch = {
  id: "ns-mismatch",
  defaultSeverity: "medium",
  title: "The parent's NS set differs from the zone's apex NS",
  why: "Resolvers use the parent NS set and the apex NS set interchangeably; servers listed in only one of them get traffic unexpectedly or not at all, and the difference usually means a registrar update was forgotten.",
  fix: "Update the NS at the registrar (the parent) or the apex NS records so that both list the same servers.",
  check(ctx) {
    const out = [];
    for (const { key, apex, base, head } of delegatedZonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      const parent = lz?.delegation?.ns;
      if (!lz || !parent || parent.length === 0) continue;
      const served = servedNs(lz);
      const before = configuredNs(base) ?? served;
      const after = configuredNs(head) ?? served;
      if (!after || sameSet(parent, after)) continue;
      const introduced = !before || sameSet(parent, before);
      const onlyParent = parent.filter((n) => !after.includes(n));
      const onlyZone = after.filter((n) => !parent.includes(n));
      const detail = [
        onlyParent.length ? `only at the parent: ${listValues(onlyParent)}` : "",
        onlyZone.length ? `only in the zone: ${listValues(onlyZone)}` : ""
      ].filter(Boolean).join("; ");
      const loc = head?.rrsets.find((r) => r.name === apex && r.type === "NS")?.location;
      out.push({
        introduced,
        zone: key,
        name: apex,
        type: "NS",
        message: `${lz.delegation.parent} delegates ${apex} to ${listValues(parent)}, but the zone's apex NS ${introduced ? "would be" : "is"} ${listValues(after)} (${detail}).`,
        ...loc ? { location: loc } : {}
      });
    }
    return out;
  }
};

// src/rules/push-commands.ts
var DNSCONTROL_PUSH = /* @__PURE__ */ new Set(["push", "ppush"]);
var DNSCONTROL_COMMANDS = /* @__PURE__ */ new Set([
  ...DNSCONTROL_PUSH,
  "preview",
  "ppreview",
  "check",
  "print-ir",
  "get-zones",
  "get-zone",
  "get-certs",
  "check-creds",
  "create-domains",
  "fmt",
  "write-types",
  "version",
  "help"
]);
var OCTODNS_VALUE_FLAGS = /* @__PURE__ */ new Set(["--config-file", "--source", "--target", "--checksum"]);
function pushCommands(script) {
  const out = [];
  for (const { text, line } of logicalLines(script))
    for (const words2 of simpleCommands(text)) {
      const cmd = pushOf(words2, line);
      if (cmd) out.push(cmd);
    }
  return out;
}
function dnscontrolArgsPush(args, line) {
  return dnscontrolPush(words(args), line);
}
function pushOf(ws, line) {
  for (let i = 0; i < ws.length; i++) {
    const name = programName(ws[i]);
    if (name === "dnscontrol") return dnscontrolPush(ws.slice(i + 1), line);
    if (name === "octodns-sync") return octodnsPush(ws.slice(i + 1), line);
    if (name === "terraform" || name === "tofu")
      return ws.slice(i + 1).find((w) => !w.startsWith("-")) === "apply" ? { tool: "terraform", line } : void 0;
  }
  return void 0;
}
function programName(word) {
  const base = word.slice(word.lastIndexOf("/") + 1);
  const colon = base.indexOf(":");
  return colon > 0 ? base.slice(0, colon) : base;
}
function dnscontrolPush(args, line) {
  const sub = args.find((w) => DNSCONTROL_COMMANDS.has(w));
  if (!sub || !DNSCONTROL_PUSH.has(sub)) return void 0;
  const providers = flagValue(args, "providers");
  const domains = flagValue(args, "domains");
  const config = flagValue(args, "config");
  return {
    tool: "dnscontrol",
    ...providers !== void 0 ? { providers: providers === "all" ? "all" : list(providers) } : {},
    ...domains !== void 0 ? { zones: list(domains).map(zoneName) } : {},
    ...config !== void 0 ? { config } : {},
    line
  };
}
function octodnsPush(args, line) {
  if (!args.includes("--doit")) return void 0;
  const targets = [];
  const zones = [];
  let config;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const eq = w.indexOf("=");
    const flag = w.startsWith("--") && eq > 0 ? w.slice(0, eq) : w;
    if (OCTODNS_VALUE_FLAGS.has(flag)) {
      const value = eq > 0 && flag !== w ? w.slice(eq + 1) : args[++i];
      if (value === void 0) break;
      if (flag === "--target") targets.push(value);
      if (flag === "--config-file") config = value;
      continue;
    }
    if (!w.startsWith("-")) zones.push(w);
  }
  return {
    tool: "octodns",
    ...targets.length ? { providers: targets } : {},
    ...zones.length ? { zones: zones.map(zoneName) } : {},
    ...config !== void 0 ? { config } : {},
    line
  };
}
function flagValue(args, name) {
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    for (const prefix of [`--${name}`, `-${name}`]) {
      if (w === prefix) return args[i + 1];
      if (w.startsWith(`${prefix}=`)) return w.slice(prefix.length + 1);
    }
  }
  return void 0;
}
function zoneName(name) {
  return name.toLowerCase().replace(/\.$/, "");
}
function list(value) {
  return value.split(",").map((s) => s.trim()).filter(Boolean);
}
function logicalLines(script) {
  const out = [];
  const lines = script.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text = lines[i];
    while (text.endsWith("\\") && i + 1 < lines.length) text = `${text.slice(0, -1)} ${lines[++i]}`;
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    out.push({ text, line: start + 1 });
  }
  return out;
}
function simpleCommands(text) {
  const noComment = text.replace(/(^|\s)#.*$/, "$1");
  return noComment.split(/&&|\|\||[;|&]/).map(words).filter((ws) => ws.length > 0 && !["echo", "printf"].includes(ws[0]));
}
function words(text) {
  return text.replace(/[`()]/g, " ").split(/\s+/).map((w) => w.replace(/^["']|["']$/g, "")).filter((w) => w !== "" && !/^\d?>/.test(w));
}

// src/rules/yaml-positions.ts
function yamlPositions(text) {
  const offsets = /* @__PURE__ */ new Map();
  let events;
  try {
    events = parseEvents(text, { maxDepth: 64 });
  } catch {
    events = [];
  }
  const stack = [];
  const place = (start, keyText) => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (top.kind === "seq") {
      const path2 = [...top.path, top.index++];
      offsets.set(JSON.stringify(path2), start);
      return path2;
    }
    if (top.key === void 0) {
      top.key = keyText ?? "";
      offsets.set(JSON.stringify([...top.path, top.key]), start);
      return void 0;
    }
    const path = [...top.path, top.key];
    top.key = void 0;
    return path;
  };
  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const path = place(ev.start, void 0) ?? [];
        stack.push({
          kind: ev.type === EVENT_ID.MAPPING ? "map" : "seq",
          path: [...path],
          key: void 0,
          index: 0
        });
        break;
      }
      case EVENT_ID.SCALAR:
        place(ev.valueStart, getScalarValue(text, ev));
        break;
      case EVENT_ID.ALIAS:
        place(ev.anchorStart, void 0);
        break;
      case EVENT_ID.POP:
        stack.pop();
        break;
      default:
        break;
    }
  }
  const lineColumnAt = lineColumnIndex(text);
  return {
    at(path) {
      const offset = offsets.get(JSON.stringify(path));
      if (offset === void 0 || offset < 0) return void 0;
      return lineColumnAt(offset);
    }
  };
}

// src/rules/workflow.ts
function parseWorkflow(text) {
  let doc;
  try {
    const docs = loadAll(text, { maxAliases: 50, maxDepth: 32 });
    doc = docs[0];
  } catch {
    return void 0;
  }
  if (!isMap(doc)) return void 0;
  const positions = yamlPositions(text);
  const lineOf = (path, fallback = 1) => positions.at(path)?.line ?? fallback;
  const on = doc["on"] ?? doc["true"];
  const triggers = typeof on === "string" ? [on] : Array.isArray(on) ? on.map(String) : isMap(on) ? Object.keys(on) : [];
  const jobs = [];
  const jobMap = isMap(doc["jobs"]) ? doc["jobs"] : {};
  for (const [id, job] of Object.entries(jobMap)) {
    if (!isMap(job)) continue;
    const at = ["jobs", id];
    const line = lineOf(at);
    const steps = (Array.isArray(job["steps"]) ? job["steps"] : []).flatMap(
      (step, i) => isMap(step) ? [readStep(step, [...at, "steps", i], lineOf)] : []
    );
    const environmentName = environmentOf(job["environment"]);
    const call = callOf(job, at, lineOf);
    jobs.push({
      id,
      line,
      applies: steps.some((s) => s.pushes.length > 0),
      environment: job["environment"] !== void 0 && job["environment"] !== null,
      ...environmentName !== void 0 ? { environmentName } : {},
      ...typeof job["if"] === "string" || typeof job["if"] === "boolean" ? { if: String(job["if"]) } : {},
      env: bindings(job["env"], [...at, "env"], lineOf, line),
      steps,
      ...call ? { call } : {}
    });
  }
  return {
    triggers,
    triggerLine: positions.at(["on"])?.line,
    reviewEvents: reviewEvents(on, triggers),
    env: bindings(doc["env"], ["env"], lineOf, 1),
    jobs,
    positions
  };
}
function reviewEvents(on, triggers) {
  const out = [];
  for (const event of ["pull_request", "pull_request_target"]) {
    if (!triggers.includes(event)) continue;
    const types = isMap(on) && isMap(on[event]) ? on[event]["types"] : void 0;
    const list2 = Array.isArray(types) ? types.map(String) : typeof types === "string" ? [types] : [];
    if (list2.length > 0 && list2.every((t) => t === "closed")) continue;
    out.push(event);
  }
  return out;
}
function readStep(step, at, lineOf) {
  const line = lineOf(at);
  const run = typeof step["run"] === "string" ? step["run"] : void 0;
  const runLine = lineOf([...at, "run"], line);
  const pushes = [];
  if (run !== void 0)
    for (const p of pushCommands(run))
      pushes.push({ ...p, line: run.includes("\n") ? runLine + p.line : runLine });
  const usesPush = actionPush(step, line);
  if (usesPush) pushes.push(usesPush);
  return {
    line,
    ...typeof step["uses"] === "string" ? { uses: step["uses"] } : {},
    ...typeof step["if"] === "string" || typeof step["if"] === "boolean" ? { if: String(step["if"]) } : {},
    env: bindings(step["env"], [...at, "env"], lineOf, line),
    with: bindings(step["with"], [...at, "with"], lineOf, line),
    run: run === void 0 ? [] : [{ name: "run", secrets: secretsIn(run), line: runLine }].filter(
      (b) => b.secrets.length > 0
    ),
    writesCreds: run !== void 0 && WRITES_CREDS.test(run),
    pushes
  };
}
var WRITES_CREDS = /(?:>>?|\btee\s+(?:-a\s+)?)\s*["']?[\w./$-]*creds[\w.-]*\.json\b/i;
function actionPush(step, line) {
  const uses = typeof step["uses"] === "string" ? step["uses"].toLowerCase() : "";
  const w = isMap(step["with"]) ? step["with"] : {};
  if (uses.includes("dnscontrol"))
    return dnscontrolArgsPush(String(w["cmdargs"] ?? w["args"] ?? ""), line);
  if (uses.includes("octodns") && /^(true|yes|--doit)$/i.test(String(w["doit"] ?? ""))) {
    const config = w["config_path"] ?? w["config-file"];
    return { tool: "octodns", line, ...typeof config === "string" ? { config } : {} };
  }
  return void 0;
}
function callOf(job, at, lineOf) {
  const uses = job["uses"];
  if (typeof uses !== "string") return void 0;
  const local = uses.startsWith("./");
  const secrets = job["secrets"];
  return {
    path: local ? uses.slice(2).replace(/@.*$/, "") : uses,
    local,
    inherit: secrets === "inherit",
    secrets: bindings(secrets, [...at, "secrets"], lineOf, lineOf(at))
  };
}
function environmentOf(v) {
  if (typeof v === "string") return v;
  if (isMap(v) && typeof v["name"] === "string") return v["name"];
  return void 0;
}
function bindings(v, at, lineOf, fallback) {
  if (!isMap(v)) return [];
  const out = [];
  for (const [name, value] of Object.entries(v)) {
    if (typeof value !== "string") continue;
    const secrets = secretsIn(value);
    if (secrets.length) out.push({ name, secrets, line: lineOf([...at, name], fallback) });
  }
  return out;
}
var SECRET_REF = /\bsecrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*['"]([^'"]+)['"]\s*\])/g;
function secretsIn(text) {
  const out = /* @__PURE__ */ new Set();
  for (let at = text.indexOf("${{"); at >= 0; at = text.indexOf("${{", at)) {
    const end = text.indexOf("}}", at + 3);
    if (end < 0) break;
    const expr = text.slice(at + 3, end);
    at = end + 2;
    for (const r of expr.matchAll(SECRET_REF)) {
      const name = (r[1] ?? r[2]).toUpperCase();
      if (name !== "GITHUB_TOKEN") out.add(name);
    }
    if (/\bsecrets\s*\)|\bsecrets\s*\[\s*[^'"\s]/.test(expr)) out.add("*");
  }
  return [...out];
}
function isMap(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function mayRunOn(condition, event) {
  if (condition === void 0) return true;
  const expr = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, "$1").trim();
  if (expr === "false") return false;
  return topLevel(expr, "||").some(
    (disjunct) => topLevel(disjunct, "&&").every((c) => !falseOn(stripParens(c), event))
  );
}
function falseOn(c, event) {
  const q = `['"]([^'"]*)['"]`;
  const eq = (lhs, op) => new RegExp(`^(?:${lhs}\\s*${op}\\s*${q}|${q}\\s*${op}\\s*${lhs})$`).exec(c);
  const name = eq("github\\.event_name", "==");
  if (name) return (name[1] ?? name[2]) !== event;
  const notName = eq("github\\.event_name", "!=");
  if (notName) return (notName[1] ?? notName[2]) === event;
  if (/^github\.event\.pull_request\.merged\s*(?:==\s*true)?$/.test(c)) return true;
  if (event === "pull_request_target") return false;
  const ref = eq("github\\.ref", "==");
  if (ref) return /^refs\/(?:heads|tags)\//.test(ref[1] ?? ref[2]);
  if (eq("github\\.ref_name", "==") || /^github\.ref_type\s*==\s*['"]tag['"]$/.test(c)) return true;
  return new RegExp(`^startsWith\\(\\s*github\\.ref\\s*,\\s*${q}\\s*\\)$`).test(c) ? /^refs\/(?:heads|tags)\//.test(/['"]([^'"]*)['"]/.exec(c)[1]) : false;
}
function topLevel(expr, op) {
  const out = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0 && expr.startsWith(op, i)) {
      out.push(expr.slice(start, i).trim());
      start = i + op.length;
      i++;
    }
  }
  out.push(expr.slice(start).trim());
  return out;
}
function stripParens(c) {
  let s = c.trim();
  while (s.startsWith("(") && s.endsWith(")")) {
    const inner = s.slice(1, -1);
    let depth = 0;
    let whole = true;
    for (let i = 0; i < inner.length && whole; i++) {
      if (inner[i] === "(") depth++;
      else if (inner[i] === ")" && --depth < 0) whole = false;
    }
    if (!whole) break;
    s = inner.trim();
  }
  return s;
}

// src/rules/checks/pipeline-change.ts
var WHAT = {
  workflow: "a workflow that runs the DNS tooling",
  "dnscontrol-creds": "the DNSControl credentials file",
  "octodns-config": "the octoDNS config that holds the provider credentials",
  terraform: "Terraform that manages DNS access",
  "iam-policy": "an IAM policy for DNS",
  "zoneguard-policy": "the ZoneGuard policy that decides what blocks this review"
};
var TERRAFORM_DNS = new RegExp(
  [
    // resource and data source types of the DNS providers (HCL `resource "…"` or .tf.json keys)
    String.raw`"(?:aws_route53_|google_dns_|azurerm_(?:private_)?dns_|cloudflare_|digitalocean_(?:domain|record)\b|dnsimple_|ns1_|powerdns_|hetznerdns_|gandi_|ovh_domain_|linode_domain|dns_|namecheap_|porkbun_|vultr_dns_|desec_)`,
    // provider blocks and required_providers sources of DNS-only providers
    String.raw`provider\s+"(?:cloudflare|dnsimple|ns1|powerdns|hetznerdns|gandi|dns|namecheap|porkbun|desec)"`,
    String.raw`source\s*=\s*"[^"]*/(?:cloudflare|dnsimple|ns1|powerdns|hetznerdns|gandi|dns|namecheap|porkbun|desec)"`,
    // IAM that grants DNS
    String.raw`route53|roles/dns\.|DNS Zone Contributor`
  ].join("|"),
  "i"
);
function terraformConcernsDns(text) {
  return TERRAFORM_DNS.test(text);
}
var TERRAFORM_DNS_ACCESS = /route53:|roles\/dns\.|DNS Zone Contributor|route53domains/i;
function terraformAccessText(text) {
  const out = [];
  let inside = false;
  for (const line of text.split("\n")) {
    if (/^(?:terraform\s*\{|provider\s+"[^"]*"\s*\{)/.test(line)) inside = true;
    if (inside || TERRAFORM_DNS_ACCESS.test(line)) out.push(line.trimEnd());
    if (inside && /^\}/.test(line)) inside = false;
  }
  return out.join("\n");
}
function jobProblems(file) {
  if (file.kind !== "workflow" || !isDnsWorkflow(file.text)) return [];
  const wf = parseWorkflow(file.text);
  if (!wf) return [];
  const out = [];
  const prTarget = wf.triggers.includes("pull_request_target");
  for (const job of wf.jobs) {
    if (!job.applies) continue;
    if (prTarget)
      out.push({
        key: `${file.path} ${job.id} pull_request_target`,
        line: wf.triggerLine ?? job.line,
        severity: "high",
        message: `${file.path}: job "${job.id}" pushes DNS on pull_request_target, which runs with the repository's secrets for pull requests from forks.`,
        fix: "Push DNS only on push to the default branch (or workflow_dispatch), and run previews of pull requests on pull_request with read-only credentials."
      });
    if (!job.environment)
      out.push({
        key: `${file.path} ${job.id} no-environment`,
        line: job.line,
        message: `${file.path}:${job.line} job "${job.id}" pushes DNS without a protected environment: nothing makes a person approve the push.`,
        fix: `Add "environment: dns-production" to job "${job.id}", protect that environment with required reviewers and the default branch only, and keep the DNS credentials as environment secrets.`
      });
  }
  return out;
}
var pipelineChange = {
  id: "pipeline-change",
  defaultSeverity: "medium",
  title: "Change to the pipeline that pushes DNS or to its credentials",
  why: "The workflows, credential files and policy around DNS decide who can change DNS and what is reviewed. A change there can bypass every check on the zones themselves.",
  fix: "Have the owners of the DNS pipeline review this part of the change (CODEOWNERS on .github/workflows, credential files and .zoneguard.yml).",
  async check(ctx) {
    const out = [];
    const changed = new Set(ctx.changedFiles);
    const head = await readPipelineFiles(ctx.headTree, [ctx.head], void 0, ctx.path ?? "");
    const base = ctx.baseTree ? await readPipelineFiles(ctx.baseTree, [ctx.base], void 0, ctx.path ?? "") : [];
    const headPaths = new Set(head.map((f) => f.path));
    const baseText = new Map(base.map((f) => [f.path, f.text]));
    const headText = new Map(head.map((f) => [f.path, f.text]));
    for (const file of [...head, ...base.filter((f) => !headPaths.has(f.path))]) {
      if (!changed.has(file.path)) continue;
      if (file.kind === "workflow" && !isDnsWorkflow(file.text)) continue;
      if (file.kind === "terraform" && !terraformConcernsDns(file.text)) continue;
      if (file.kind === "terraform" && terraformAccessText(headText.get(file.path) ?? "") === terraformAccessText(baseText.get(file.path) ?? ""))
        continue;
      const removed = !headPaths.has(file.path);
      out.push({
        introduced: true,
        key: `edit ${file.path}`,
        message: `This change ${removed ? "removes" : "edits"} ${file.path}, ${WHAT[file.kind]}.`,
        location: { file: file.path }
      });
    }
    const before = new Set(base.flatMap((f) => jobProblems(f).map((p) => p.key)));
    for (const file of head)
      for (const p of jobProblems(file))
        out.push({
          introduced: !before.has(p.key),
          key: p.key,
          message: p.message,
          fix: p.fix,
          location: { file: file.path, line: p.line },
          ...p.severity ? { severity: p.severity } : {}
        });
    return out;
  }
};

// src/rules/checks/provider-change.ts
function describe3(p) {
  return p.type ? `${p.name} (${p.type})` : p.name;
}
function providerSet(z) {
  return z.providers.map(describe3).sort();
}
function isSigned(zone, live) {
  if (zone.dnssec === "on") return true;
  const lz = live?.zones.find((z) => z.zone === zone.name);
  return (lz?.delegation?.ds.length ?? 0) > 0;
}
var providerChange = {
  id: "provider-change",
  defaultSeverity: "high",
  title: "The DNS providers of a zone change",
  why: "A zone moving to, or adding, a DNS provider is served by servers that may not hold every record yet; a removed provider stops answering. For a signed zone the new provider signs with other keys, so resolvers reject its answers until the DS at the parent matches.",
  fix: "Make sure the new provider serves the complete zone (compare its answers with the old one) before the delegation changes; for a signed zone, publish the new provider's DS (or go insecure first) and only then switch.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (!d.before || !d.after) continue;
      const before = providerSet(d.before);
      const after = providerSet(d.after);
      if (before.join("\n") === after.join("\n")) continue;
      const added = after.filter((p) => !before.includes(p));
      const removed = before.filter((p) => !after.includes(p));
      const signed = isSigned(d.before, ctx.live) || isSigned(d.after, ctx.live);
      const parts = [
        added.length ? `adds ${added.join(", ")}` : "",
        removed.length ? `removes ${removed.join(", ")}` : ""
      ].filter(Boolean);
      out.push({
        introduced: true,
        zone: d.zone,
        name: d.name,
        message: `The DNS providers of ${d.name} change: ${parts.join(" and ")} (${before.join(", ") || "none"} \u2192 ${after.join(", ") || "none"})${signed ? "; the zone is signed, so the DS at the parent must follow" : ""}.`,
        ...signed ? { severity: "critical" } : {},
        ...d.after.location ? { location: d.after.location } : {}
      });
    }
    return out;
  }
};

// src/rules/secret-fields.ts
var PROVIDER_FIELDS = {
  // OVH API: the application key identifies the application (python-ovh: "may safely be
  // shared"); the application secret and the consumer key authenticate.
  // Terraform's `provider "ovh"` (type `ovh`) names the same keys with underscores.
  OVH: {
    secret: ["app-secret-key", "consumer-key", "application_secret", "consumer_key"],
    public: ["app-key", "endpoint", "application_key"]
  },
  // An AWS access key id names the key; the secret access key and session token are secrets.
  ROUTE53: {
    secret: ["SecretKey", "Token"],
    public: ["KeyId", "RoleArn", "ExternalId", "DelegationSet", "Profile"]
  },
  GCLOUD: {
    secret: ["private_key"],
    public: [
      "type",
      "project_id",
      "private_key_id",
      "client_email",
      "client_id",
      "auth_uri",
      "token_uri",
      "auth_provider_x509_cert_url",
      "client_x509_cert_url",
      "name_server_set"
    ]
  },
  CLOUDFLAREAPI: { secret: ["apitoken", "apikey"], public: ["accountid", "apiuser"] },
  // Terraform provider blocks, keyed by the provider's local name (the providers' docs:
  // cloudflare/cloudflare, hashicorp/aws, hashicorp/google, hashicorp/azurerm,
  // digitalocean/digitalocean, ovh/ovh). As for ROUTE53, an access key id names the key.
  CLOUDFLARE: {
    secret: ["api_token", "api_key", "api_user_service_key"],
    public: ["email", "account_id", "base_url"]
  },
  AWS: { secret: ["secret_key", "token"], public: ["access_key", "region", "profile"] },
  GOOGLE: { secret: ["credentials", "access_token"], public: ["project", "region", "zone"] },
  AZURERM: {
    secret: ["client_secret", "client_certificate_password"],
    public: ["client_id", "tenant_id", "subscription_id"]
  },
  DIGITALOCEAN: { secret: ["token", "spaces_secret_key"], public: ["spaces_access_id"] },
  // octoDNS's OVH provider (octodns/octodns-ovh), keyed by its class: the same three keys.
  "OCTODNS_OVH.OVHPROVIDER": {
    secret: ["application_secret", "consumer_key"],
    public: ["application_key", "endpoint"]
  }
};
var SECRET_NAME = /token|secret|password|passwd|key|auth|credential|private/i;
function isSecretField(type, key) {
  const known = type ? PROVIDER_FIELDS[type.toUpperCase()] : void 0;
  if (known?.secret.includes(key)) return true;
  if (known?.public.includes(key)) return false;
  return SECRET_NAME.test(key);
}

// src/rules/zone-credentials.ts
var NO_CREDENTIAL = /^(?:NONE|BIND|DNSOVERHTTPS|-)$|^octodns\.provider\.yaml\.|^octodns_bind\.ZoneFileProvider$/i;
var partiesCache = /* @__PURE__ */ new WeakMap();
function zoneParties(set, zone) {
  const bySet = partiesCache.get(set) ?? /* @__PURE__ */ new Map();
  partiesCache.set(set, bySet);
  const known = bySet.get(zone);
  if (known) return known;
  const parties = resolveParties(set, zone);
  bySet.set(zone, parties);
  return parties;
}
function resolveParties(set, zone) {
  const party = (role, name, type) => {
    const credential = credentialOf(set, zone, name);
    return {
      role,
      name,
      ...type !== void 0 ? { type } : {},
      ...credential ? { credential } : {},
      secretEnvs: credential ? secretFields(credential).flatMap(
        (f) => f.env !== void 0 ? [f.env.toUpperCase()] : []
      ) : []
    };
  };
  const dns = zone.providers.filter((p) => holdsCredential(p.type, p.name)).map((p) => party("dns", p.name, p.type));
  const r = zone.registrar;
  const registrar = (zone.format === "dnscontrol" || zone.format === "terraform") && r && r.type !== void 0 && holdsCredential(r.type, r.name) ? party("registrar", r.name, r.type) : void 0;
  return { ...registrar ? { registrar } : {}, dns };
}
function holdsCredential(type, name) {
  return type === void 0 ? !/^(?:none|bind)$/i.test(name) : !NO_CREDENTIAL.test(type);
}
function credentialOf(set, zone, name) {
  const named = set.credentials.filter((c) => c.provider === name);
  switch (zone.format) {
    case "dnscontrol": {
      const file = zone.config ? defaultCredsFile(zone.config) : void 0;
      return named.find((c) => c.location.file === file) ?? (named.length === 1 ? named[0] : void 0);
    }
    case "octodns":
      return named.find((c) => c.location.file === zone.config);
    case "terraform": {
      const folder = zone.config?.replace(/\/?$/, "/");
      return named.find((c) => folder !== void 0 && c.location.file.startsWith(folder)) ?? (named.length === 1 ? named[0] : void 0);
    }
    default:
      return void 0;
  }
}
function secretFields(cred) {
  return cred.fields.filter((f) => isSecretField(cred.type, f.key));
}
var IDENTITY = {
  ROUTE53: {
    fields: ["KeyId", "SecretKey", "Token", "Profile", "RoleArn"],
    ambient: "the AWS credentials of the environment the push runs in"
  }
};
function sharedSecret(a, b) {
  const sameFile = a.location.file === b.location.file;
  const same2 = (fa, fb) => fa.env !== void 0 && fa.env === fb.env || sameFile && fa.literalGroup !== void 0 && fa.literalGroup === fb.literalGroup;
  for (const fa of secretFields(a))
    for (const fb of secretFields(b))
      if (same2(fa, fb))
        return fa.env !== void 0 ? { kind: "env", fieldA: fa.key, fieldB: fb.key, env: fa.env } : { kind: "literal", fieldA: fa.key, fieldB: fb.key };
  const type = a.type?.toUpperCase();
  const known = type !== void 0 && type === b.type?.toUpperCase() ? IDENTITY[type] : void 0;
  if (!known) return void 0;
  const ids = (c) => c.fields.filter((f) => known.fields.includes(f.key));
  const [ia, ib] = [ids(a), ids(b)];
  if (ia.length === 0 && ib.length === 0) return { kind: "ambient", what: known.ambient };
  if (ia.length === ib.length && ia.every((fa) => ib.some((fb) => fb.key === fa.key && same2(fa, fb))))
    return { kind: "identity", field: ia.map((f) => f.key).join(" and ") };
  return void 0;
}
function credentialEnvNames(set) {
  const secret = /* @__PURE__ */ new Set();
  const identifying = /* @__PURE__ */ new Set();
  for (const c of set.credentials)
    for (const f of c.fields)
      if (f.env !== void 0)
        (isSecretField(c.type, f.key) ? secret : identifying).add(f.env.toUpperCase());
  return { secret, identifying };
}

// src/rules/push-jobs.ts
var PUSH_TOOL = {
  dnscontrol: "dnscontrol",
  octodns: "octodns",
  terraform: "terraform"
};
var CREDENTIAL_ACTIONS = [
  {
    uses: /^aws-actions\/configure-aws-credentials@/i,
    env: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]
  },
  {
    uses: /^google-github-actions\/auth@/i,
    env: [
      "GOOGLE_APPLICATION_CREDENTIALS",
      "CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE",
      "GOOGLE_GHA_CREDS_PATH"
    ]
  },
  { uses: /^azure\/login@/i, env: [] }
];
var loginAction = (uses) => uses === void 0 ? void 0 : CREDENTIAL_ACTIONS.find((a) => a.uses.test(uses));
var parsedCache = /* @__PURE__ */ new WeakMap();
function readWorkflows(tree) {
  let parsed = parsedCache.get(tree);
  if (!parsed) {
    parsed = readWorkflowFiles(tree).then(
      (files) => files.flatMap((f) => {
        const workflow = parseWorkflow(f.text);
        return workflow ? [{ path: f.path, workflow }] : [];
      })
    );
    parsedCache.set(tree, parsed);
  }
  return parsed;
}
function pushJobs(workflows, set) {
  const names = credentialEnvNames(set);
  const tools = new Set(set.zones.map((z) => PUSH_TOOL[z.format]));
  const ours = (p) => tools.has(p.tool);
  const out = [];
  for (const { path, workflow } of workflows)
    for (const job of workflow.jobs) {
      const pushSteps = job.steps.filter((s) => s.pushes.some(ours));
      if (pushSteps.length === 0) continue;
      const credSteps = job.steps.filter((s) => s.writesCreds && !pushSteps.includes(s));
      const secrets = /* @__PURE__ */ new Map();
      const add = (b) => {
        for (const s of b.secrets) if (!secrets.has(s)) secrets.set(s, b.line);
      };
      const envBindings = [...workflow.env, ...job.env, ...pushSteps.flatMap((s) => s.env)];
      for (const b of envBindings) if (isPushCredential(b.name, names)) add(b);
      for (const s of pushSteps) {
        for (const b of s.with) if (isPushCredential(b.name, names)) add(b);
        for (const b of s.run) add(b);
      }
      for (const s of credSteps) for (const b of [...s.env, ...s.run]) add(b);
      const envNames = new Set(envBindings.map((b) => b.name.toUpperCase()));
      for (const s of credSteps) for (const b of s.env) envNames.add(b.name.toUpperCase());
      for (const s of job.steps) {
        const login = loginAction(s.uses);
        if (!login) continue;
        for (const b of s.with) if (!/GITHUB|^GH_/i.test(b.name)) add(b);
        for (const e of login.env) envNames.add(e);
      }
      out.push({
        file: path,
        job,
        pushes: pushSteps.flatMap((s) => s.pushes.filter(ours)),
        secrets: resolveCallee(path, workflow, secrets, workflows),
        envNames,
        unbounded: credSteps.length > 0 || secrets.has("*")
      });
    }
  return out;
}
function isPushCredential(name, names) {
  const upper = name.toUpperCase();
  if (names.secret.has(upper)) return true;
  if (names.identifying.has(upper) || /GITHUB|^GH_|COMMENT/.test(upper)) return false;
  return isSecretField(void 0, name);
}
function resolveCallee(path, workflow, secrets, workflows) {
  const callers = workflows.flatMap(
    (w) => w.workflow.jobs.filter((j) => j.call?.local && j.call.path === path).map((j) => j.call)
  );
  if (callers.length === 0 || callers.some((c) => c.inherit)) return secrets;
  const runsAlone = workflow.triggers.some((t) => t !== "workflow_call");
  const out = new Map(runsAlone ? secrets : []);
  for (const [name, line] of secrets) {
    for (const c of callers)
      for (const b of c.secrets)
        if (b.name.toUpperCase() === name) for (const s of b.secrets) out.set(s, line);
  }
  return out;
}
var NOTHING = { dns: [] };
function coverage(job, zone, set) {
  const tool = PUSH_TOOL[zone.format];
  const pushes = job.pushes.filter(
    (cmd) => cmd.tool === tool && configMatches(cmd.config, zone) && zoneMatches(cmd.zones, zone)
  );
  if (pushes.length === 0) return NOTHING;
  const parties = zoneParties(set, zone);
  const dns = /* @__PURE__ */ new Map();
  let registrar = false;
  for (const cmd of pushes) {
    if (cmd.tool === "dnscontrol") registrar = true;
    for (const p of parties.dns) {
      const picked = cmd.providers === "all" || (cmd.providers ? cmd.providers.includes(p.name) : !p.credential?.fields.some((f) => f.key === "_exclude_from_defaults"));
      if (picked && canAuthenticate(job, p)) dns.set(p.name, p);
    }
  }
  return {
    dns: [...dns.values()],
    ...registrar && parties.registrar && canAuthenticate(job, parties.registrar) ? { registrar: parties.registrar } : {}
  };
}
function canAuthenticate(job, p) {
  return job.unbounded || p.secretEnvs.length === 0 || p.secretEnvs.some((e) => job.envNames.has(e));
}
function configMatches(config, zone) {
  if (config === void 0 || zone.config === void 0) return true;
  const want = config.replace(/^(?:\.\/)+/, "");
  return zone.config === want || zone.config.endsWith(`/${want}`);
}
function zoneMatches(zones, zone) {
  if (!zones) return true;
  return zones.includes(zone.name.slice(0, -1));
}
function exposedSecrets(job, workflow, event, workflows) {
  const out = /* @__PURE__ */ new Map();
  if (!mayRunOn(job.if, event)) return out;
  const add = (b) => {
    for (const s of b.secrets) if (!out.has(s)) out.set(s, b.line);
  };
  for (const b of [...workflow.env, ...job.env]) add(b);
  for (const s of job.steps)
    if (mayRunOn(s.if, event)) for (const b of [...s.env, ...s.with, ...s.run]) add(b);
  if (job.call) {
    for (const b of job.call.secrets) add(b);
    if (job.call.inherit) {
      const callee = job.call.local ? workflows.find((w) => w.path === job.call.path)?.workflow : void 0;
      if (!callee) out.set("*", job.line);
      else
        for (const j of callee.jobs)
          for (const [s, _] of exposedSecrets(j, callee, event, []))
            if (!out.has(s)) out.set(s, job.line);
    }
  }
  return out;
}

// src/rules/checks/push-credentials-in-review.ts
async function exposures(tree, set) {
  if (!tree) return [];
  const workflows = await readWorkflows(tree);
  const pushers = pushJobs(workflows, set);
  if (pushers.length === 0) return [];
  const out = [];
  for (const { path, workflow } of workflows)
    for (const job of workflow.jobs) {
      const hit = /* @__PURE__ */ new Map();
      const from = /* @__PURE__ */ new Set();
      let event;
      for (const ev of workflow.reviewEvents) {
        if (ev === "pull_request_target" && job.applies) continue;
        const held = exposedSecrets(job, workflow, ev, workflows);
        for (const p of pushers) {
          if ((p.job.environmentName ?? "") !== (job.environmentName ?? "")) continue;
          for (const secret of p.secrets.keys()) {
            if (secret === "*") continue;
            const line = held.get(secret) ?? held.get("*");
            if (line === void 0) continue;
            if (!hit.has(secret)) hit.set(secret, line);
            from.add(p);
            event ??= ev;
          }
        }
      }
      if (hit.size === 0 || !event) continue;
      out.push({
        key: `${path} ${job.id}`,
        file: path,
        line: Math.min(...hit.values()),
        job: job.id,
        event,
        secrets: [...hit.keys()].sort(),
        pushers: [...from]
      });
    }
  return out;
}
function describe4(e) {
  const secrets = e.secrets.map((s) => `secrets.${s}`).join(", ");
  const pushers = [
    ...new Set(
      e.pushers.map(
        (p) => p.job.id === e.job && p.file === e.file ? "this job" : `job "${p.job.id}" of ${p.file}`
      )
    )
  ].join(", ");
  return `${e.file}:${e.line} job "${e.job}" runs on ${e.event} with ${secrets}, the push credential${e.secrets.length > 1 ? "s" : ""} of DNS (used by ${pushers}): code from the pull request runs next to a write token.`;
}
var pushCredentialsInReview = {
  id: "push-credentials-in-review",
  defaultSeverity: "high",
  title: "A pull-request job holds the credentials that push DNS",
  why: "Jobs that run for pull requests run code the pull request can change (scripts, dependencies, the DNS config itself; on pull_request_target with a fork\u2019s checkout, anyone\u2019s). A preview only reads DNS: if it holds the token the push uses, that code can change DNS or carry the token away before any review.",
  fix: "Give the preview its own read-only credential under another secret name (Cloudflare: a token with Zone:Read and DNS:Read only; AWS: a role allowed route53:List*/Get* only), and keep the push credential as a secret of a protected `environment:` that only the default branch may use.",
  async check(ctx) {
    const before = new Map((await exposures(ctx.baseTree, ctx.base)).map((e) => [e.key, e]));
    return (await exposures(ctx.headTree, ctx.head)).map((e) => {
      const old = before.get(e.key);
      return {
        introduced: !old || e.secrets.some((s) => !old.secrets.includes(s)),
        key: e.key,
        message: describe4(e),
        location: { file: e.file, line: e.line }
      };
    });
  }
};

// src/rules/checks/registrar-change.ts
function describe5(p) {
  if (!p) return "(none)";
  return p.type ? `${p.name} (${p.type})` : p.name;
}
var registrarChange = {
  id: "registrar-change",
  defaultSeverity: "high",
  title: "The registrar of a zone changes",
  why: "The registrar publishes the delegation (NS and DS) in the parent zone. Switching it in the config does not transfer the domain, and the new registrar's API may overwrite the nameservers or drop the DS, which takes the zone offline or breaks DNSSEC validation.",
  fix: "Transfer the domain first, check the NS and DS the new registrar will publish match what the zone serves, and only then switch the config.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (!d.before || !d.after || specialUseZone(d.name)) continue;
      const before = describe5(d.before.registrar);
      const after = describe5(d.after.registrar);
      if (before === after) continue;
      out.push({
        introduced: true,
        zone: d.zone,
        name: d.name,
        message: `The registrar of ${d.name} changes: ${before} \u2192 ${after}.`,
        ...d.after.location ? { location: d.after.location } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/registrar-dns-same-account.ts
function sharedAccounts(set) {
  const out = [];
  for (const zone of set.zones) {
    const { registrar, dns } = zoneParties(set, zone);
    if (!registrar) continue;
    for (const provider of dns) {
      const how = sameCredential(registrar, provider);
      if (!how) continue;
      const zk = zoneKey(zone);
      out.push({
        key: `${zk} ${registrar.name} ${provider.name}`,
        zone: zk,
        message: `${zone.name}: the registrar "${registrar.name}"${zone.format === "dnscontrol" ? " (NewRegistrar)" : ""} and the DNS provider "${provider.name}"${zone.format === "dnscontrol" ? " (NewDnsProvider)" : ""} ${how}: one stolen or misused credential changes the delegation and DS at the registry and every record of the zone.`,
        ...zone.location ? { location: zone.location } : {}
      });
    }
  }
  return out;
}
function sameCredential(registrar, provider) {
  const a = registrar.credential;
  const b = provider.credential;
  if (registrar.name === provider.name)
    return `read the same credentials entry "${registrar.name}"${a ? ` (${where(a.location)})` : ""}`;
  if (!a || !b) return void 0;
  const s = sharedSecret(a, b);
  if (!s) return void 0;
  switch (s.kind) {
    case "env":
      return `read the same secret: "${s.fieldA}" of "${registrar.name}" and "${s.fieldB}" of "${provider.name}" both take $${s.env}`;
    case "literal":
      return `hold the same literal secret in "${s.fieldA}" of "${registrar.name}" and "${s.fieldB}" of "${provider.name}" (${where(a.location)})`;
    case "identity":
      return `use the same identity: both entries give the same ${s.field}`;
    case "ambient":
      return `name no credential of their own, so both use ${s.what}`;
  }
}
function where(loc) {
  return loc.line ? `${loc.file}:${loc.line}` : loc.file;
}
var registrarDnsSameAccount = {
  id: "registrar-dns-same-account",
  defaultSeverity: "medium",
  title: "Registrar and DNS provider use the same account or credential",
  why: "The registrar publishes the delegation (NS and DS) in the parent zone; the DNS provider serves the records. With one credential for both, a single leaked token or password can move the domain to other nameservers, remove its DS and rewrite every record at once, and no separate account has to be broken into first.",
  fix: 'Give the registrar its own account with its own credential, kept out of CI (DNSControl: NewRegistrar("none") in the config the pipeline pushes, or a creds.json entry whose secret is not in the workflow), protect that account with MFA, and ask the registry for a registry lock on the domain.',
  check(ctx) {
    const before = new Set(sharedAccounts(ctx.base).map((s) => s.key));
    return sharedAccounts(ctx.head).map(
      (s) => ({
        introduced: !before.has(s.key),
        zone: s.zone,
        key: s.key,
        message: s.message,
        ...s.location ? { location: s.location } : {}
      })
    );
  }
};

// src/rules/checks/registrar-lock-missing.ts
var registrarLockMissing = {
  id: "registrar-lock-missing",
  defaultSeverity: "medium",
  title: "The domain has no registrar transfer lock",
  why: "Without `client transfer prohibited`, anyone holding the registrar account's password or the domain's auth code can move the domain to another registrar, and with it the power to change every nameserver and DS.",
  fix: "Turn on the transfer lock (often called 'domain lock' or 'registrar lock') in the registrar's control panel or API; it is free at most registrars.",
  check(ctx) {
    const out = [];
    for (const { fact, registration, zone, location } of registrations(ctx)) {
      if (registration.status.includes("client transfer prohibited")) continue;
      const shown2 = registration.status.length ? registration.status.join(", ") : "no status";
      out.push({
        introduced: false,
        zone,
        name: fact.domain,
        message: `The registry (${rdapSource(fact)}) shows no transfer lock on ${fact.domain} (status: ${shown2}).`,
        ...location ? { location } : {}
      });
    }
    return out;
  }
};

// src/model/registrable-domain.ts
var import_tldts2 = __toESM(require_cjs(), 1);
function registrableDomain(name) {
  const host = name.toLowerCase().replace(/\.$/, "");
  const domain = (0, import_tldts2.getDomain)(host, { allowPrivateDomains: false });
  return domain ? `${domain}.` : void 0;
}

// src/live/registry-types.ts
function registryRequests(apexes) {
  const byDomain = /* @__PURE__ */ new Map();
  for (const apex of new Set(apexes)) {
    if (specialUseZone(apex)) continue;
    const domain = registrableDomain(apex);
    if (!domain) continue;
    if (!byDomain.has(domain)) byDomain.set(domain, []);
    byDomain.get(domain).push(apex);
  }
  return [...byDomain].map(([domain, zones]) => ({ domain, zones: zones.sort() }));
}
function registrationOf(registry, apex) {
  const fact = registry?.domains.find((d) => d.domain === apex && d.outcome === "found");
  return fact?.registration ? fact : void 0;
}

// src/rules/checks/registry-delegation-mismatch.ts
function judgeKeys(owner, ds, keyValues) {
  const keys = keyValues.map(parseDnskey).filter((k) => k !== void 0 && isUsableKey(k));
  if (keys.length === 0) return "no-match";
  let checkable = false;
  for (const d of ds) {
    const m = matchDs(owner, d, keys);
    if (m.kind === "match") return "match";
    if (m.kind === "no-match") checkable = true;
  }
  return checkable ? "no-match" : "unknown";
}
function dsToSet(owner, keyValues) {
  const keys = keyValues.map(parseDnskey).filter((k) => k !== void 0 && isUsableKey(k));
  const ksks = keys.filter((k) => (k.flags & DNSKEY_FLAG_SEP) !== 0);
  return (ksks.length ? ksks : keys).map((k) => computeDs(owner, k, 2)).filter((d) => d !== void 0).map((d) => formatDs(d));
}
var registryDelegationMismatch = {
  id: "registry-delegation-mismatch",
  defaultSeverity: "high",
  title: "After the merge the registry's delegation would not match the zone",
  why: "The registry publishes the nameservers and DS that the registrar account set. When the zone's apex NS or DNSKEYs change and the registrar is not updated in step, resolvers follow the old delegation (servers that may stop serving the zone) or validate against a DS that matches no key, and the domain fails for their users.",
  fix: "Make the registrar step part of the change: set the values below at the registrar in the right order (new servers serving and new keys published first), or keep the zone matching what the registry holds.",
  absorbs: ["ns-mismatch", "ds-mismatch"],
  // the same delegation seen from live DNS
  check(ctx) {
    const out = [];
    for (const { key, apex, base, head } of delegatedZonePairs(ctx)) {
      if (!head) continue;
      const fact = registrationOf(ctx.registry, apex);
      if (!fact) continue;
      const r = fact.registration;
      const source = fact.url ? new URL(fact.url).host : "the registry";
      const lz = liveZone(ctx, apex);
      const loc = (type) => head.rrsets.find((x) => x.name === apex && x.type === type)?.location ?? head.location;
      const served = lz ? servedNs(lz) : void 0;
      const nsBefore = configuredNs(base) ?? served;
      const nsAfter = configuredNs(head) ?? served;
      if (r.nameservers.length > 0 && nsBefore && nsAfter && sameSet(r.nameservers, nsBefore) && !sameSet(r.nameservers, nsAfter)) {
        const l = loc("NS");
        out.push({
          introduced: true,
          zone: key,
          name: apex,
          type: "NS",
          message: `The registry (${source}) delegates ${apex} to ${listValues(r.nameservers)}; after this change the zone's apex NS would be ${listValues(nsAfter)}. Registrar step: set the nameservers to ${nsAfter.join(", ")} once they all serve the zone.`,
          ...l ? { location: l } : {}
        });
      }
      const ds = r.secureDNS?.dsData ?? [];
      const keysAfter = findRRset(head, apex, "DNSKEY")?.values;
      const keysBefore = findRRset(base, apex, "DNSKEY")?.values ?? (lz ? servedDnskeys(lz) : void 0);
      if (ds.length > 0 && keysAfter && keysBefore) {
        const before = judgeKeys(apex, ds, keysBefore);
        const after = judgeKeys(apex, ds, keysAfter);
        if (before === "match" && after === "no-match") {
          const toSet = dsToSet(apex, keysAfter);
          const l = loc("DNSKEY");
          out.push({
            introduced: true,
            zone: key,
            name: apex,
            type: "DS",
            message: `The registry (${source}) holds DS ${listValues(ds.map(formatDs))} for ${apex}; after this change no DNSKEY of the zone matches it. Registrar step: ${toSet.length ? `set DS ${toSet.join("; ")}` : "remove the DS"} once the new keys are published and their TTL has passed.`,
            ...l ? { location: l } : {}
          });
        }
      }
    }
    return out;
  }
};

// src/rules/checks/registry-lock-missing.ts
var REGISTRY_LOCK = [
  "server transfer prohibited",
  "server update prohibited",
  "server delete prohibited"
];
var registryLockMissing = {
  id: "registry-lock-missing",
  defaultSeverity: "low",
  title: "The domain has no registry lock",
  why: "A registrar lock stops transfers, but whoever gets into the registrar account can lift it and change the nameservers in minutes. A registry lock (the server statuses) can only be lifted by the registry after an out-of-band check, so a phished or compromised registrar account cannot redirect the domain.",
  fix: "For domains the business depends on, ask the registrar for registry lock (server transfer, update and delete prohibited); list the zone under protected-zones in .zoneguard.yml to weigh this finding higher.",
  check(ctx) {
    const out = [];
    for (const { fact, registration, zone, location } of registrations(ctx)) {
      const missing = REGISTRY_LOCK.filter((s) => !registration.status.includes(s));
      if (missing.length === 0) continue;
      out.push({
        introduced: false,
        zone,
        name: fact.domain,
        message: `The registry (${rdapSource(fact)}) shows no registry lock on ${fact.domain}: missing ${missing.join(", ")}.`,
        ...location ? { location } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/rrsig-expired.ts
var rrsigExpired = {
  id: "rrsig-expired",
  defaultSeverity: "critical",
  title: "A DNSSEC signature has expired or is not yet valid",
  why: "A validating resolver accepts an RRset only with a signature inside its validity window; outside it the answer is bogus and the resolver returns SERVFAIL, so the names vanish for every user behind a validating resolver (most public ones).",
  fix: "Re-sign the zone (or restart the signer that stopped), check that every secondary has transferred the fresh signatures, and check the signer's clock when a signature is not valid yet.",
  check(ctx) {
    const out = [];
    for (const { key, head, judged } of judgedZones(ctx)) {
      for (const group of byRRset([...judged.dnskey, ...judged.rrsets])) {
        const expired = group.filter((j) => j.verdict.kind === "expired");
        if (expired.length === 0) continue;
        const { name, type } = expired[0];
        const servers = [...new Set(expired.map((j) => j.server))];
        const parts = [];
        for (const j of expired) {
          const v = j.verdict;
          if (v.kind !== "expired") continue;
          if (v.ended) parts.push(`ended ${utc(v.ended.at)} (key ${v.ended.keyTag})`);
          else if (v.begins)
            parts.push(`is not valid before ${utc(v.begins.at)} (key ${v.begins.keyTag})`);
        }
        const location = rrsetLocation(head, name, type);
        out.push({
          introduced: false,
          zone: key,
          name,
          type,
          message: sentence(
            `The signature over ${name} ${type} ${[...new Set(parts)].join("; ")} on ${listValues(servers, 3)}: validating resolvers answer SERVFAIL for it`
          ),
          ...location ? { location } : {}
        });
      }
    }
    return out;
  }
};

// src/rules/checks/rrsig-expiring.ts
var DAY2 = 864e5;
function inWords(ms) {
  const hours = Math.floor(ms / 36e5);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}
var rrsigExpiring = {
  id: "rrsig-expiring",
  defaultSeverity: "high",
  title: "A DNSSEC signature expires soon",
  why: "When the last valid signature over an RRset ends, validating resolvers answer SERVFAIL for it. Signers re-sign well before the end; a signature this close to it usually means the signer or a zone transfer has stopped.",
  fix: "Check that the signer is running and re-signing (BIND `rndc signing -list`, the provider's DNSSEC status) and that every secondary has the latest serial; re-sign now if in doubt.",
  check(ctx) {
    const out = [];
    const window = ctx.policy.rrsigExpiringDays * DAY2;
    const now = ctx.now.getTime();
    for (const { key, head, judged } of judgedZones(ctx)) {
      for (const group of byRRset([...judged.dnskey, ...judged.rrsets])) {
        if (group.some((j) => j.verdict.kind === "expired")) continue;
        let worst;
        for (const j of group) {
          const v = j.verdict;
          if (v.kind !== "secure") continue;
          if (!worst || v.until < worst.until)
            worst = {
              from: v.from,
              until: v.until,
              keyTag: v.keyTag,
              server: j.server,
              ttl: j.ttl
            };
        }
        if (!worst) continue;
        const left = worst.until - now;
        const twiceTtl = 2 * worst.ttl * 1e3;
        if (left >= Math.max(window, twiceTtl)) continue;
        if (left >= (worst.until - worst.from) / 2) continue;
        const { name, type } = group[0];
        const why = twiceTtl > window ? `sooner than twice its TTL (${worst.ttl} s), so resolvers may hold it past the end` : `within ${ctx.policy.rrsigExpiringDays} days`;
        const location = rrsetLocation(head, name, type);
        out.push({
          introduced: false,
          zone: key,
          name,
          type,
          message: sentence(
            `The signature over ${name} ${type} served by ${worst.server} (key ${worst.keyTag}) ends ${utc(worst.until)}, in ${inWords(left)}: ${why}`
          ),
          ...location ? { location } : {}
        });
      }
    }
    return out;
  }
};

// src/rules/checks/secondary-out-of-sync.ts
var NAMED = 3;
function answerText(a) {
  if (a === "absent") return "nothing";
  if (a === "delegated") return "a referral";
  return `${listValues(a.values, 2)} TTL ${a.ttl}`;
}
function differenceText(d) {
  const byAnswer = /* @__PURE__ */ new Map();
  for (const a of d.answers) {
    const text = answerText(a.answer);
    byAnswer.set(text, [...byAnswer.get(text) ?? [], a.server]);
  }
  const parts = [...byAnswer].map(([text, servers]) => `${servers.join(", ")}: ${text}`);
  return `${d.name} ${d.type} (${parts.join("; ")})`;
}
function serialText(lz) {
  const healthy = lz.servers.filter((s) => s.authoritative);
  const behind = healthy.filter((s) => s.upToDate === false);
  if (behind.length === 0) return void 0;
  const lagging = behind.map((s) => `${serverLabel(s)} serves serial ${s.soaSerial}`).join(", ");
  const current = healthy.filter((s) => s.upToDate).filter((s) => behind.some((b) => (b.soaPrimary ?? "") === (s.soaPrimary ?? ""))).map((s) => `${serverLabel(s)} ${s.soaSerial}`);
  return `${lagging}, behind ${listValues(current, 3)}`;
}
var secondaryOutOfSync = {
  id: "secondary-out-of-sync",
  defaultSeverity: "high",
  title: "A zone's authoritative servers disagree (SOA serials or RRsets)",
  why: "Resolvers ask any of the servers: while one lags or holds other data, the answer depends on which server a resolver picks, changes look applied when they are not, and a secondary that cannot transfer stops answering altogether when its copy expires (SOA expire).",
  fix: "Find why the lagging server does not transfer the zone (transfer ACL or TSIG key at the primary, NOTIFY reaching it, its logs) and let it catch up; for a provider that holds other data, push the zone to it again. Check again before merging changes that rely on every server.",
  check(ctx) {
    const out = [];
    for (const { key, apex } of zonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      if (!lz) continue;
      const serials = serialText(lz);
      const differences = lz.differences ?? [];
      if (!serials && differences.length === 0) continue;
      const named = differences.slice(0, NAMED).map(differenceText);
      const more = differences.length - named.length;
      const rrsets = differences.length === 0 ? "" : `${differences.length === 1 ? "one RRset differs" : `${differences.length} RRsets differ`} between servers: ${named.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
      out.push({
        introduced: false,
        zone: key,
        name: apex,
        message: sentence(
          `The servers of ${apex} disagree: ${[serials, rrsets].filter(Boolean).join("; ")}. Drift and apply compare git with the up-to-date servers only`
        )
      });
    }
    return out;
  }
};

// src/sources/scan-read.ts
var SCAN_MAX_CHARS = 512 * 1024;
async function readForScan(tree, path) {
  let text;
  try {
    text = await tree.readText(path);
  } catch (e) {
    if (e instanceof SourceError) return { kind: "refused", reason: e.message };
    throw e;
  }
  if (text === void 0) return { kind: "missing" };
  const cut = text.length > SCAN_MAX_CHARS;
  const scanned = cut ? text.slice(0, SCAN_MAX_CHARS) : text;
  if (text.includes("\0")) return { kind: "binary" };
  return { kind: "text", text: scanned, cut };
}

// src/rules/checks/secret-in-repo.ts
var ROTATE = 'Revoke and rotate this credential now (it is in git history for good), then keep it in the CI secret store and reference it: DNSControl "$VAR", octoDNS "env/NAME", Actions secrets.NAME. Removing the line alone does not un-leak it.';
var secretInRepo = {
  id: "secret-in-repo",
  defaultSeverity: "critical",
  title: "Credential committed to the repository",
  why: "Anything in git is readable by everyone with access to the repository, its forks and clones, forever. A DNS credential lets its holder re-point the domain, issue certificates for it and intercept its mail.",
  fix: ROTATE,
  async check(ctx) {
    const out = [];
    const secretLines = /* @__PURE__ */ new Set();
    const credFiles = new Set(
      [...ctx.head.credentials, ...ctx.base.credentials].map((c) => c.location.file)
    );
    const pipeline = await readPipelineFiles(ctx.headTree, [ctx.head], void 0, ctx.path ?? "");
    const paths = /* @__PURE__ */ new Set([...ctx.changedFiles, ...credFiles, ...pipeline.map((f) => f.path)]);
    const fieldLines = new Set(
      ctx.head.credentials.flatMap(
        (c) => c.fields.filter((f) => f.literal && isSecretField(c.type, f.key)).map((f) => f.location ?? c.location).filter((l) => l.line !== void 0).map((l) => `${l.file}:${l.line}`)
      )
    );
    for (const path of [...paths].sort()) {
      const read = await readForScan(ctx.headTree, path);
      if (read.kind === "refused") {
        out.push(unreadFinding(path, read.reason));
        continue;
      }
      if (read.kind !== "text") continue;
      const found = findSecrets(read.text);
      if (found.length === 0) continue;
      const before = await secretsAt(ctx.baseTree, path);
      for (const s of found) {
        if (s.kind === GUESSED_KIND && fieldLines.has(`${path}:${s.line}`)) continue;
        secretLines.add(`${path}:${s.line}`);
        out.push(tokenFinding(path, s, !before.has(s.digest)));
      }
    }
    for (const cred of ctx.head.credentials)
      for (const field of cred.fields) {
        if (!field.literal || !isSecretField(cred.type, field.key)) continue;
        const location = field.location ?? cred.location;
        if (location.line !== void 0 && secretLines.has(`${location.file}:${location.line}`))
          continue;
        out.push({
          introduced: !wasLiteral(ctx.base, cred, field.key),
          key: `literal ${location.file} ${cred.provider} ${field.key}`,
          message: `${location.file}${location.line ? `:${location.line}` : ""}: "${field.key}" of provider "${cred.provider}" is written as a literal value instead of a reference to a secret.`,
          location
        });
      }
    return out;
  }
};
function tokenFinding(path, s, introduced) {
  return {
    introduced,
    key: `token ${path} ${s.digest}`,
    message: `${path}:${s.line} holds a ${s.kind} (${s.masked}).`,
    location: { file: path, line: s.line, column: s.column }
  };
}
function unreadFinding(path, reason) {
  const shown2 = outputText(path, MAX_QUOTED_CHARS);
  return {
    introduced: true,
    severity: "medium",
    key: `unread ${path}`,
    message: `"${shown2}" changed but could not be scanned for credentials: ${outputText(reason)}`,
    fix: "Rename the file without control characters, so that it can be read and scanned.",
    location: { file: shown2 }
  };
}
async function secretsAt(tree, path) {
  const read = tree ? await readForScan(tree, path) : void 0;
  return new Set(read?.kind !== "text" ? [] : findSecrets(read.text).map((s) => s.digest));
}
function wasLiteral(base, cred, key) {
  return base.credentials.some(
    (c) => c.provider === cred.provider && c.location.file === cred.location.file && c.fields.some((f) => f.key === key && f.literal)
  );
}

// src/rules/checks/single-credential-pipeline.ts
async function concentrations(tree, set) {
  const out = /* @__PURE__ */ new Map();
  if (!tree) return out;
  const workflows = await readWorkflows(tree);
  for (const job of pushJobs(workflows, set))
    for (const zone of set.zones) {
      const c = coverage(job, zone, set);
      const dns = distinct(c.dns);
      const registrar = c.registrar && !c.dns.some((p) => p.name === c.registrar.name) ? c.registrar : void 0;
      if (dns.length + (registrar ? 1 : 0) < 2) continue;
      const names = dns.map((p) => p.name).sort();
      const key = `${job.file} ${job.job.id} ${names.join(",")}${registrar ? ` registrar:${registrar.name}` : ""}`;
      const found = out.get(key);
      if (found) found.zones.push(zone.name);
      else
        out.set(key, {
          key,
          file: job.file,
          line: job.pushes[0]?.line ?? job.job.line,
          job: job.job.id,
          dns: names,
          ...registrar ? { registrar: registrar.name } : {},
          zones: [zone.name],
          secrets: [...job.secrets.keys()].sort()
        });
    }
  return out;
}
function distinct(parties) {
  const seen = /* @__PURE__ */ new Set();
  return parties.filter((p) => {
    const id = p.credential ? `${p.credential.location.file} ${p.credential.provider}` : p.name;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
function describe6(c) {
  const zones = c.zones.length <= 3 ? c.zones.join(", ") : `${c.zones.slice(0, 3).join(", ")} and ${c.zones.length - 3} more zones`;
  const parts = [
    c.dns.length > 1 ? `every DNS provider (${c.dns.map((n) => `"${n}"`).join(", ")})` : `the DNS provider "${c.dns[0]}"`,
    ...c.registrar ? [`the registrar "${c.registrar}"`] : []
  ];
  const secrets = c.secrets.length ? ` with one set of secrets (${c.secrets.map((s) => s === "*" ? "every secret" : `secrets.${s}`).join(", ")})` : " with one set of credentials";
  return `${c.file}:${c.line} job "${c.job}" pushes ${parts.join(" and ")} of ${zones}${secrets}: one leaked credential set, compromised runner or bad merge reaches all of them at once.`;
}
var singleCredentialPipeline = {
  id: "single-credential-pipeline",
  defaultSeverity: "low",
  title: "One pipeline job pushes every DNS provider (or the registrar too) with one set of secrets",
  why: "A second DNS provider (or a registrar apart from the DNS host) limits the damage of one compromised account only if no single credential reaches both. When one workflow job holds every credential and pushes everything, a leaked secret, a compromised action in that job or one bad merge changes every copy of the zone at once.",
  fix: "Push each provider from its own job (DNSControl `dnscontrol push --providers NAME`, octoDNS `octodns-sync --doit --target NAME`), each in its own protected `environment:` holding only that provider\u2019s secret, and keep the registrar credential out of CI.",
  async check(ctx) {
    const before = await concentrations(ctx.baseTree, ctx.base);
    const out = [];
    for (const c of (await concentrations(ctx.headTree, ctx.head)).values()) {
      const base = c.dns.length > 1 ? "medium" : "low";
      const raise = c.zones.some((z) => ctx.policy.protectedZones.includes(z));
      out.push({
        introduced: !before.has(c.key),
        key: c.key,
        message: describe6(c),
        location: { file: c.file, line: c.line },
        severity: raise ? raiseSeverity(base) : base
      });
    }
    return out;
  }
};

// src/rules/checks/providers.ts
var KNOWN_PROVIDERS = [
  {
    id: "Amazon Route 53",
    hosts: [
      "ns-*.awsdns-*.com",
      "ns-*.awsdns-*.net",
      "ns-*.awsdns-*.org",
      "ns-*.awsdns-*.co.uk",
      "amzndns.com",
      "amzndns.net",
      "amzndns.org",
      "amzndns.co.uk"
    ]
  },
  {
    id: "Cloudflare",
    hosts: ["ns.cloudflare.com", "foundationdns.com", "foundationdns.net", "foundationdns.org"]
  },
  { id: "Google Cloud DNS", hosts: ["ns-cloud-*.googledomains.com"] },
  {
    id: "Azure DNS",
    hosts: [
      "ns*-*.azure-dns.com",
      "ns*-*.azure-dns.net",
      "ns*-*.azure-dns.org",
      "ns*-*.azure-dns.info",
      "azure-dns.cn",
      "azure-dns.us",
      "azure-dns.de"
    ]
  },
  { id: "NS1", hosts: ["nsone.net"] },
  { id: "DNSimple", hosts: ["dnsimple.com", "dnsimple-edge.net", "dnsimple-edge.org"] },
  { id: "Gandi", hosts: ["gandi.net"] },
  {
    id: "Hetzner",
    hosts: ["ns.hetzner.com", "ns.hetzner.de", "first-ns.de", "second-ns.de", "second-ns.com"]
  },
  { id: "DigitalOcean", hosts: ["digitalocean.com"] },
  { id: "OVHcloud", hosts: ["ovh.net", "ovh.ca", "anycast.me"] },
  { id: "Akamai Edge DNS", hosts: ["akam.net"] },
  {
    id: "UltraDNS",
    hosts: [
      "ultradns.net",
      "ultradns.org",
      "ultradns.info",
      "ultradns.co.uk",
      "ultradns.com",
      "ultradns.biz"
    ]
  },
  { id: "Dyn", hosts: ["dynect.net"] },
  { id: "Oracle Cloud DNS", hosts: ["dns.oraclecloud.net"] },
  { id: "GoDaddy", hosts: ["domaincontrol.com"] },
  { id: "Namecheap", hosts: ["registrar-servers.com"] },
  { id: "Porkbun", hosts: ["ns.porkbun.com"] },
  { id: "Vercel", hosts: ["vercel-dns.com"] },
  { id: "Bunny DNS", hosts: ["bunny.net"] },
  { id: "deSEC", hosts: ["desec.io", "desec.org"] },
  { id: "Linode", hosts: ["linode.com"] },
  { id: "Vultr", hosts: ["vultr.com"] },
  { id: "Hurricane Electric", hosts: ["he.net"] },
  { id: "easyDNS", hosts: ["easydns.com", "easydns.net", "easydns.org", "easydns.info"] },
  { id: "ClouDNS", hosts: ["cloudns.net"] },
  { id: "Constellix", hosts: ["constellix.com", "constellix.net"] },
  { id: "DNS Made Easy", hosts: ["dnsmadeeasy.com"] },
  { id: "Alibaba Cloud DNS", hosts: ["hichina.com", "alidns.com"] },
  {
    id: "DNSPod",
    hosts: [
      "dnspod.net",
      "dnsv2.com",
      "dnsv3.com",
      "dnsv4.com",
      "dnsv5.com",
      "tencentcloudcns.com"
    ]
  },
  { id: "Yandex", hosts: ["dns1.yandex.net", "dns2.yandex.net", "yandexcloud.net"] },
  { id: "IONOS", hosts: ["ui-dns.com", "ui-dns.org", "ui-dns.de", "ui-dns.biz"] }
];
function globToRegExp(glob) {
  const body = glob.toLowerCase().replace(/\.$/, "").split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^.]*");
  return new RegExp(`^${body}$`);
}
function matcher(hosts) {
  const globs = hosts.filter((h) => h.includes("*")).map(globToRegExp);
  const suffixes = hosts.filter((h) => !h.includes("*")).map((h) => h.toLowerCase().replace(/\.$/, ""));
  return (host) => globs.some((g) => g.test(host)) || suffixes.some((s) => host === s || host.endsWith(`.${s}`));
}
var builtIn = KNOWN_PROVIDERS.map((p) => ({ id: p.id, test: matcher(p.hosts) }));
function identifyProvider(host, extra = {}) {
  const h = host.toLowerCase().replace(/\.$/, "");
  for (const [id, hosts] of Object.entries(extra))
    if (matcher(hosts)(h)) return { id, how: "policy" };
  for (const p of builtIn) if (p.test(h)) return { id: p.id, how: "pattern" };
  return { id: registrableDomain(h)?.slice(0, -1) ?? h, how: "domain" };
}

// src/rules/checks/single-provider.ts
function operators(ctx, zone, live) {
  if (!zone) return void 0;
  const hosts = configuredNs(zone) ?? live;
  if (hosts && hosts.length > 0) {
    const ids = new Set(hosts.map((h) => identifyProvider(h, ctx.policy.providers).id));
    return { ids, from: "nameservers", hosts };
  }
  const used = zone.providers.filter((p) => p.nsCount !== 0);
  if (used.length === 0) return void 0;
  return { ids: new Set(used.map((p) => p.type ?? p.name)), from: "DNS providers", hosts: [] };
}
var singleProvider = {
  id: "single-provider",
  defaultSeverity: "medium",
  title: "Every nameserver belongs to one provider",
  why: "When all nameservers belong to one operator, that operator's outage, DDoS or account problem takes every name in the zone offline; RFC 2182 asks for servers on separate networks.",
  fix: "Add a second DNS provider (DNSControl: a second DnsProvider(); octoDNS: a second target) serving the same records, and list both sets of nameservers at the registrar. Sign with care (RFC 8901) or leave DNSSEC to one provider.",
  check(ctx) {
    const out = [];
    for (const { key, apex, base, head } of delegatedZonePairs(ctx)) {
      if (!head) continue;
      const live = liveNs(ctx, apex);
      const after = operators(ctx, head, live);
      if (!after || after.ids.size !== 1) continue;
      const before = operators(ctx, base, live);
      const introduced = before !== void 0 && before.ids.size > 1;
      const [id] = after.ids;
      const loc = head.rrsets.find((r) => r.name === apex && r.type === "NS")?.location ?? head.location;
      out.push({
        introduced,
        zone: key,
        name: apex,
        type: "NS",
        message: after.from === "nameservers" ? sentence(
          `All nameservers of ${apex} (${listValues(after.hosts)}) belong to one provider: ${id}`
        ) : sentence(`${apex} is served by a single DNS provider: ${id}`),
        ...loc ? { location: loc } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/soa-serial.ts
function serialOf(zone) {
  const soa = zone.rrsets.find((r) => r.type === "SOA" && r.name === zone.name);
  if (!soa?.values[0]) return void 0;
  const rdata = decodeRdata("SOA", soa.values[0]);
  return rdata.type === "SOA" ? rdata.serial : void 0;
}
var soaSerial = {
  id: "soa-serial",
  defaultSeverity: "high",
  title: "A zone file changes without a higher SOA serial",
  why: "Secondary servers transfer a zone only when its SOA serial increases (RFC 1982 arithmetic). Without a higher serial the change reaches the primary only, and the servers answer differently; a serial that goes backwards stops transfers until it passes the old value.",
  fix: "Increase the SOA serial (the date-based YYYYMMDDnn form is common) in the same change.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (d.format !== "bind" || !d.before || !d.after) continue;
      if (!d.changes.some((c) => c.type !== "SOA")) continue;
      const before = serialOf(d.before);
      const after = serialOf(d.after);
      if (before === void 0 || after === void 0 || serialGreater(after, before)) continue;
      const soa = d.after.rrsets.find((r) => r.type === "SOA");
      out.push({
        introduced: true,
        zone: d.zone,
        name: d.name,
        type: "SOA",
        message: after === before ? `${d.name} changes but its SOA serial stays ${after}: secondaries will not transfer the change.` : `The SOA serial of ${d.name} goes backwards (${before} \u2192 ${after}): secondaries stop transferring until it passes ${before}.`,
        ...soa?.location ? { location: soa.location } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/spf-invalid.ts
var spfInvalid = {
  id: "spf-invalid",
  defaultSeverity: "high",
  title: "SPF record that receivers will reject",
  why: "A permerror in SPF (two records, a typo, more than ten lookups) makes receivers treat every message from the domain as unauthenticated, so DMARC fails and mail lands in spam or bounces.",
  fix: 'Keep exactly one "v=spf1" TXT record per name, fix the term named, and stay within ten lookups: replace include chains by ip4:/ip6: ranges or drop providers no longer used.',
  check(ctx) {
    return compareStates(ctx, spfProblems);
  }
};
function spfProblems(set) {
  const index = spfIndex(set);
  const parse2 = memoParseSpf();
  const zonesByName = new Map(set.zones.map((z) => [z.name, z]));
  const out = [];
  for (const [name, { texts, rrset, zone }] of index) {
    const at = { zone, name, type: rrset.type, location: rrset.location };
    if (texts.length > 1) {
      out.push({
        ...at,
        key: "multiple",
        message: `${name} has ${texts.length} SPF records; receivers must fail them all (permerror, RFC 7208 \xA74.5). Merge them into one.`
      });
      continue;
    }
    const record = parse2(texts[0]);
    if (record.errors.length > 0) {
      out.push({
        ...at,
        key: "syntax",
        message: `SPF record of ${name} is invalid: ${record.errors.join("; ")} (RFC 7208 \xA712).`
      });
      continue;
    }
    const lookups2 = countLookups(name, index, parse2);
    if (lookups2.loop) {
      out.push({
        ...at,
        key: "loop",
        message: sentence(`SPF record of ${name} includes itself: ${lookups2.loop.join(" \u2192 ")}`)
      });
      continue;
    }
    if (lookups2.count > SPF_LOOKUP_LIMIT) {
      const bound = lookups2.external.length > 0 ? "at least " : "";
      out.push({
        ...at,
        key: "lookups",
        message: `SPF record of ${name} needs ${bound}${lookups2.count} DNS lookups (counting the includes this repository defines); more than ${SPF_LOOKUP_LIMIT} is a permerror (RFC 7208 \xA74.6.4).`
      });
    }
    for (const t of record.terms) {
      const follows = t.name === "include" || t.name === "redirect";
      const target = follows && t.value ? plainDomain(t.value) : void 0;
      if (!target || index.has(target)) continue;
      const owner = ownerZone(target, zonesByName);
      if (!owner || owner.noPurge || owner.unmanaged.length > 0) continue;
      const hasTxt = indexZone(owner).rrset(target, "TXT") !== void 0;
      out.push({
        ...at,
        key: `missing ${target}`,
        message: `SPF record of ${name} uses "${t.text}", but ${target} (in zone ${owner.name}) has no SPF record${hasTxt ? " among its TXT records" : ""}: receivers return permerror (RFC 7208 \xA75.2).`
      });
    }
  }
  return out;
}
function ownerZone(name, zones) {
  let at = name;
  for (; ; ) {
    const z = zones.get(at);
    if (z) return z;
    const dot = at.indexOf(".");
    if (dot < 0 || dot === at.length - 1) return void 0;
    at = at.slice(dot + 1);
  }
}

// src/rules/checks/subdelegation-change.ts
var subdelegationChange = {
  id: "subdelegation-change",
  defaultSeverity: "high",
  title: "A delegation to a child zone changes",
  why: "NS records below the apex hand a subdomain to other servers. A wrong set makes the whole child zone unreachable, and resolvers keep the old delegation for its TTL.",
  fix: "Confirm with the child zone's operators that every new nameserver serves the child zone, keep glue in step, and change DS in the same release if the child is signed.",
  absorbs: ["ttl-not-lowered"],
  // how long caches keep the old RRset is part of this change
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      for (const c of d.changes) {
        if (c.type !== "NS" || c.name === d.name || c.ttlOnly) continue;
        const verb = c.kind === "add" ? "is delegated" : c.kind === "remove" ? "is no longer delegated" : "is delegated to other servers";
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: "NS",
          message: `${c.name} ${verb} (${describeChange(c)}).`,
          location: changeLocation(c)
        });
      }
    }
    return out;
  }
};

// src/rules/checks/target-is-cname.ts
function targetOf2(type, value) {
  if (!value.includes("\\")) return value.slice(value.lastIndexOf(" ") + 1);
  try {
    const r = decodeRdata(type, value);
    const t = r["exchange"] ?? r["target"];
    return typeof t === "string" ? t : void 0;
  } catch {
    return void 0;
  }
}
function findings(set) {
  const cnames = indexZoneSet(set).cnameTargets;
  const out = [];
  for (const z of set.zones) {
    for (const r of z.rrsets) {
      if (r.type !== "MX" && r.type !== "NS" && r.type !== "SRV") continue;
      for (const v of r.values) {
        const target = targetOf2(r.type, v);
        if (!target || !cnames.has(target)) continue;
        out.push({
          zone: zoneKey(z),
          name: r.name,
          type: r.type,
          key: target,
          location: r.location,
          message: `${r.type} of ${r.name} points to ${target}, which is a CNAME (to ${cnames.get(target)}); ${r.type} targets must be names with address records.`
        });
      }
    }
  }
  return out;
}
var targetIsCname = {
  id: "target-is-cname",
  defaultSeverity: "medium",
  title: "An MX, NS or SRV target is a CNAME",
  why: "RFC 2181 \xA710.3 forbids MX and NS targets that are aliases; mail servers and resolvers may refuse them or take extra lookups, and some fail outright.",
  fix: "Point the record at the canonical name (the CNAME's target), or give the target name its own A/AAAA records.",
  check: (ctx) => compareStates(ctx, findings)
};

// src/rules/ttl-history.ts
var MAX_CACHE_TTL = 604800;
var rrsetTtls = /* @__PURE__ */ new WeakMap();
function ttlOf(zone, name, type) {
  let ttls = rrsetTtls.get(zone);
  if (!ttls) {
    const index = /* @__PURE__ */ new Map();
    for (const r of zone.rrsets) if (!index.has(rrsetKey(r))) index.set(rrsetKey(r), r.ttl);
    rrsetTtls.set(zone, index);
    ttls = index;
  }
  return ttls.get(rrsetKey({ name, type }));
}
function ttlHistory(options) {
  let commits;
  const trees = /* @__PURE__ */ new Map();
  const loadCommits = () => {
    commits ??= options.files.length ? options.history.log(options.ref, options.files, options.depth).catch(() => []) : Promise.resolve([]);
    return commits;
  };
  const ttlsAt = (sha, format) => {
    const key = `${format} ${sha}`;
    let set = trees.get(key);
    if (!set) {
      set = (async () => {
        if (options.base && sha === options.base.commit) {
          const index = /* @__PURE__ */ new Map();
          for (const z of options.base.zones.zones)
            if (z.format === format && !index.has(zoneKey(z))) index.set(zoneKey(z), z);
          return index;
        }
        const reader = formatById(format);
        if (!reader) return void 0;
        try {
          const tree = await options.history.treeAt(sha);
          const result = await reader.load(tree, { path: options.path });
          if (!result.ok) return void 0;
          const index = /* @__PURE__ */ new Map();
          for (const z of result.value.zones) if (!index.has(zoneKey(z))) index.set(zoneKey(z), z);
          return index;
        } catch {
          return void 0;
        }
      })();
      trees.set(key, set);
    }
    return set;
  };
  return {
    async changes(zone, format, name, type) {
      const list2 = await loadCommits();
      const out = [];
      const horizon = options.now.getTime() - MAX_CACHE_TTL * 1e3;
      let newer;
      for (const commit of list2) {
        if (newer && newer.time.getTime() < horizon) break;
        const index = await ttlsAt(commit.sha, format);
        if (!index) continue;
        const z = index.get(zone);
        const ttl = z && ttlOf(z, name, type);
        if (ttl === void 0) break;
        if (newer && ttl !== newer.ttl)
          out.push({ ttl, nextTtl: newer.ttl, endedAt: newer.time, commit: newer.sha });
        newer = { ttl, time: commit.time, sha: commit.sha };
      }
      return out;
    }
  };
}

// src/rules/when.ts
var WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve"
];
var UNITS = [
  ["day", 86400],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1]
];
function count(n, unit) {
  return `${n <= 12 ? WORDS[n] : String(n)} ${unit}${n === 1 ? "" : "s"}`;
}
function durationInWords(seconds) {
  const s = Math.max(0, Math.round(seconds));
  for (let i = 0; i < UNITS.length; i++) {
    const [unit, size] = UNITS[i];
    if (s < size && size > 1) continue;
    const whole = Math.floor(s / size);
    const next = UNITS[i + 1];
    if (!next || unit === "second") return count(whole, unit);
    const rest = Math.floor((s - whole * size) / next[1]);
    return rest > 0 ? `${count(whole, unit)} ${count(rest, next[0])}` : count(whole, unit);
  }
  return count(0, "second");
}
function utcMinute(date) {
  const up = new Date(Math.ceil(date.getTime() / 6e4) * 6e4);
  return `${up.toISOString().slice(0, 10)} ${up.toISOString().slice(11, 16)} UTC`;
}

// src/rules/checks/ttl-not-lowered.ts
var NOUNS = {
  A: "address",
  AAAA: "address",
  CNAME: "target",
  ALIAS: "target",
  MX: "mail servers",
  NS: "nameservers",
  TXT: "text",
  DS: "DS records",
  CDS: "CDS records",
  CAA: "CAA policy",
  SRV: "service targets"
};
var ttlNotLowered = {
  id: "ttl-not-lowered",
  defaultSeverity: "high",
  title: "Changed record was not given a low TTL long enough before the change",
  why: "Resolvers keep an answer for its TTL. Changing a record with a long TTL leaves part of the internet on the old data for that long (traffic split between old and new), and makes a rollback just as slow.",
  fix: "First lower the TTL (to 300 s or less) in its own change and deploy it; wait one old TTL; then make this change. Raise the TTL again once the new data is confirmed.",
  async check(ctx) {
    const history = historyFor(ctx);
    const targets = referencedTargets(ctx.head);
    const out = [];
    for (const d of ctx.diffs) {
      if (d.status === "added" || d.status === "removed") continue;
      const live = ctx.live?.zones.find((z) => z.zone === d.name || z.zone === d.zone);
      const cuts = zoneCuts(d.before);
      const zone = [];
      for (const c of d.changes) {
        if (c.kind === "add" || c.ttlOnly || !c.before) continue;
        if (isOccluded(d.before, cuts, c.name, c.type)) continue;
        const address = c.type === "A" || c.type === "AAAA";
        const role = c.kind === "remove" && address ? targets.get(c.name) : void 0;
        const judged = await judge2(ctx, d, c, live, history, role);
        if (judged) zone.push(judged);
      }
      out.push(...collapse(d, zone, ctx.policy.ttlThreshold));
    }
    return out;
  }
};
function historyFor(ctx) {
  const ref = ctx.baseRef ?? ctx.baseTree?.commit;
  if (!ctx.history || !ref) return void 0;
  return ttlHistory({
    history: ctx.history,
    ref,
    files: ctx.base.files,
    path: ctx.path ?? "",
    depth: ctx.policy.historyDepth,
    now: ctx.now,
    ...ctx.baseTree?.commit ? { base: { commit: ctx.baseTree.commit, zones: ctx.base } } : {}
  });
}
var MAX_PER_ZONE = 10;
var CRITICAL_TYPES = /* @__PURE__ */ new Set(["NS", "DS", "CDS", "MX"]);
function collapse(d, judged, threshold) {
  const foldable = judged.filter((j) => j.until && !CRITICAL_TYPES.has(j.finding.type));
  if (foldable.length <= MAX_PER_ZONE) return judged.map((j) => j.finding);
  const latest = new Date(Math.max(...foldable.map((j) => j.until.getTime())));
  const names = foldable.map((j) => `${j.finding.name} ${j.finding.type}`);
  const shown2 = names.slice(0, 5).join(", ");
  const severity = maxSeverity(foldable.map((j) => j.severity)) ?? "info";
  const kept = new Set(foldable);
  return [
    ...judged.filter((j) => !kept.has(j)).map((j) => j.finding),
    {
      introduced: true,
      zone: d.zone,
      key: "many",
      severity,
      message: `${foldable.length} changed or removed RRsets of ${d.name} were cached with TTLs above ${threshold} s and were not lowered long enough ago (${shown2} and ${names.length - 5} more); caches may serve old data until ${utcMinute(latest)}. Merge after that, or accept the risk.`,
      fix: `Lower the TTLs of these records to ${threshold} s or less in a separate change, deploy it, wait for the old TTLs to run out, then make this change.`,
      ...foldable[0].finding.location ? { location: foldable[0].finding.location } : {}
    }
  ];
}
function ttlSeverity(policy, c, ttl, role) {
  if (c.kind === "remove" && !role) return "info";
  if (onlyGains(c)) return "info";
  const steps = policy.ttlSeverity;
  const base = ttl >= steps.high ? "high" : ttl >= steps.medium ? "medium" : "info";
  return CRITICAL_TYPES.has(c.type) && c.kind !== "remove" ? raiseSeverity(base) : base;
}
function onlyGains(c) {
  if (c.kind !== "modify" || !c.before || !c.after) return false;
  const after = new Set(c.after.values);
  return c.before.values.every((v) => after.has(v)) && c.after.values.length > c.before.values.length;
}
async function judge2(ctx, d, c, live, history, role) {
  const now = ctx.now.getTime();
  const threshold = ctx.policy.ttlThreshold;
  const before = c.before;
  const from = (ttl) => new Date(now + Math.min(ttl, MAX_CACHE_TTL) * 1e3);
  const exposures2 = [
    {
      from: "base",
      ttl: before.ttl,
      until: from(before.ttl),
      says: `has a TTL of ${before.ttl} s (${durationInWords(before.ttl)}) and was not lowered first`
    }
  ];
  const liveTtl = live && rrsetLookup(live.rrsets)(c.name, c.type)?.ttl;
  if (liveTtl !== void 0 && liveTtl !== before.ttl)
    exposures2.push({
      from: "live",
      ttl: liveTtl,
      until: from(liveTtl),
      says: `is served by live DNS with a TTL of ${liveTtl} s (${durationInWords(liveTtl)})${liveTtl > before.ttl ? ": the lower TTL in git was not pushed yet" : ""}`
    });
  if (history && before.ttl <= threshold) {
    for (const change of await history.changes(d.zone, d.format, c.name, c.type)) {
      if (change.ttl <= threshold) continue;
      const ago = Math.max(0, now - change.endedAt.getTime()) / 1e3;
      const verb = change.nextTtl < change.ttl ? "lowered" : "changed";
      exposures2.push({
        from: "history",
        ttl: change.ttl,
        until: new Date(change.endedAt.getTime() + Math.min(change.ttl, MAX_CACHE_TTL) * 1e3),
        says: `was ${verb} from ${change.ttl} to ${change.nextTtl} ${durationInWords(ago)} ago (${change.commit.slice(0, 7)})`
      });
    }
  }
  const risky = exposures2.filter((e) => e.ttl > threshold && e.until.getTime() > now);
  const parent = parentHorizon(d, c, live);
  if (risky.length === 0) {
    if (!parent) return void 0;
    const info = {
      introduced: true,
      zone: d.zone,
      name: c.name,
      type: c.type,
      severity: "info",
      key: "parent-horizon",
      message: parent.trim(),
      fix: "Keep the old servers and keys serving correctly until the parent TTL has run out after any rollback.",
      location: changeLocation(c)
    };
    return { finding: info, severity: "info" };
  }
  const worst = risky.reduce((a, b) => b.until.getTime() > a.until.getTime() ? b : a);
  const severity = ttlSeverity(ctx.policy, c, worst.ttl, role);
  const until = utcMinute(worst.until);
  const merged = worst.from === "history" ? "" : " if merged now";
  const noun = NOUNS[c.type] ?? "data";
  let message;
  if (onlyGains(c))
    message = `${c.name} ${c.type} only gains values; caches may keep the old set until ${until}${merged}, which stays right: only the new values wait until then.`;
  else if (c.kind !== "remove")
    message = `${c.name} ${c.type} ${worst.says}; caches may serve the old ${noun} until ${until}${merged}. Merge after that, or accept the risk.`;
  else if (role)
    message = `${c.name} ${c.type} is removed, but ${c.name} is still a ${role} other records point at: caches keep its old ${noun} until ${until}${merged} at the latest, then it is gone for them too.`;
  else
    message = `${c.name} ${c.type} is removed; caches may keep answering with it until ${until}${merged}, the same answer the name gave until now.`;
  message += parent;
  const fix = c.kind === "remove" && !role ? "Nothing to do for the caches; make sure nothing still uses this name." : c.kind === "remove" ? `Keep ${c.name} ${c.type} until nothing points at it (move the ${role === "nameserver" ? "NS" : "MX"} records first), then remove it.` : worst.from === "history" ? `Wait until ${until} before merging, or accept the risk with the override label.` : `Lower the TTL of ${c.name} ${c.type} to ${threshold} s or less in a separate change, deploy it, wait ${durationInWords(worst.ttl)}, then make this change.`;
  const finding = {
    introduced: true,
    zone: d.zone,
    name: c.name,
    type: c.type,
    severity,
    message,
    fix,
    location: changeLocation(c)
  };
  return { finding, severity, until: worst.until };
}
function parentHorizon(d, c, live) {
  const delegation = live?.delegation;
  if (!delegation || c.name !== d.name) return "";
  const ttl = c.type === "NS" ? delegation.nsTtl : c.type === "DS" ? delegation.dsTtl : void 0;
  if (ttl === void 0) return "";
  return ` The parent zone ${delegation.parent} serves the delegation ${c.type} with a TTL of ${ttl} s (${durationInWords(ttl)}): a rollback takes that long to reach every resolver.`;
}

// src/rules/checks/txt-quoted.ts
var TAGS = [
  [/^"v=spf1(?: |")/i, "SPF"],
  [/^"v=dmarc1\b/i, "DMARC"],
  [/^"v=dkim1\b/i, "DKIM"],
  [/^"v=stsv1\b/i, "MTA-STS"],
  [/^"v=tlsrptv1\b/i, "TLS-RPT"]
];
var txtQuoted = {
  id: "txt-quoted",
  defaultSeverity: "high",
  title: "A TXT value is wrapped in literal quotes",
  why: "The quotes are published as part of the text. An SPF, DMARC or DKIM record that starts with a quote is not recognised, so receivers see no policy at all (mail is judged unauthenticated); a verification token with quotes around it does not match.",
  fix: 'Write the text without the extra quotes: TXT("@", "v=spf1 -all") in DNSControl, "v=spf1 -all" in a zone file.',
  check(ctx) {
    return compareStates(
      ctx,
      (set) => set.zones.flatMap(
        (zone) => zone.rrsets.flatMap((rr) => {
          if (rr.type !== "TXT") return [];
          return txtTexts(rr).filter((text) => text.length >= 2 && text.startsWith('"') && text.endsWith('"')).map((text) => {
            const tagged = TAGS.find(([re]) => re.test(text))?.[1];
            const shown2 = text.length > 60 ? `${text.slice(0, 57)}\u2026` : text;
            return {
              zone: zoneKey(zone),
              name: rr.name,
              type: "TXT",
              key: text,
              ...tagged ? {} : { severity: "medium" },
              message: tagged ? `TXT of ${rr.name} is ${shown2} with the quotes as part of the text: receivers do not recognise it, so ${rr.name} publishes no ${tagged} record.` : `TXT of ${rr.name} is ${shown2} with the quotes as part of the text: whoever checks this value gets the quotes too.`,
              ...rr.location ? { location: rr.location } : {}
            };
          });
        })
      )
    );
  }
};

// src/rules/checks/weak-dnssec-algorithm.ts
var MUST_NOT = "medium";
var NOT_RECOMMENDED = "low";
var ALGORITHMS = {
  0: { severity: MUST_NOT, says: "algorithm 0 is reserved" },
  1: { severity: MUST_NOT, says: "algorithm 1 (RSAMD5) MUST NOT be used" },
  2: { severity: MUST_NOT, says: "algorithm 2 (Diffie-Hellman) is not a signing algorithm" },
  3: { severity: MUST_NOT, says: "algorithm 3 (DSA) MUST NOT be used" },
  5: { severity: NOT_RECOMMENDED, says: "algorithm 5 (RSASHA1) is NOT RECOMMENDED (SHA-1)" },
  6: { severity: MUST_NOT, says: "algorithm 6 (DSA-NSEC3-SHA1) MUST NOT be used" },
  7: {
    severity: NOT_RECOMMENDED,
    says: "algorithm 7 (RSASHA1-NSEC3-SHA1) is NOT RECOMMENDED (SHA-1)"
  },
  10: { severity: NOT_RECOMMENDED, says: "algorithm 10 (RSASHA512) is NOT RECOMMENDED" },
  12: { severity: MUST_NOT, says: "algorithm 12 (ECC-GOST) MUST NOT be used" },
  252: { severity: MUST_NOT, says: "algorithm 252 (INDIRECT) is not for zone signing" },
  253: { severity: MUST_NOT, says: "algorithm 253 (PRIVATEDNS) is not for public zones" },
  254: { severity: MUST_NOT, says: "algorithm 254 (PRIVATEOID) is not for public zones" }
};
var GOOD_ALGORITHMS = /* @__PURE__ */ new Set([8, 13, 14, 15, 16, 17, 23]);
var DIGESTS = {
  0: { severity: MUST_NOT, says: "digest type 0 is reserved" },
  1: { severity: MUST_NOT, says: "digest type 1 (SHA-1) MUST NOT be used for new DS records" },
  3: { severity: MUST_NOT, says: "digest type 3 (GOST R 34.11-94) MUST NOT be used" }
};
var GOOD_DIGESTS = /* @__PURE__ */ new Set([2, 4, 5, 6]);
function algorithmVerdict(algorithm) {
  if (GOOD_ALGORITHMS.has(algorithm)) return void 0;
  return ALGORITHMS[algorithm] ?? {
    severity: MUST_NOT,
    says: `algorithm ${algorithm} is not a registered signing algorithm`
  };
}
function digestVerdict(digest) {
  if (GOOD_DIGESTS.has(digest)) return void 0;
  return DIGESTS[digest] ?? { severity: MUST_NOT, says: `digest type ${digest} is not registered` };
}
function weaknesses(type, value) {
  const fields = value.trim().split(/\s+/).map(Number);
  const out = [];
  if (type === "DS" || type === "CDS") {
    const [, algorithm, digest] = fields;
    if (type === "CDS" && algorithm === 0 && digest === 0) return [];
    if (algorithm === void 0 || digest === void 0) return [];
    const a = algorithmVerdict(algorithm);
    const d = digestVerdict(digest);
    if (a) out.push(a);
    if (d) out.push(d);
  } else if (type === "DNSKEY" || type === "CDNSKEY") {
    const [, , algorithm] = fields;
    if (type === "CDNSKEY" && algorithm === 0) return [];
    if (algorithm === void 0) return [];
    const a = algorithmVerdict(algorithm);
    if (a) out.push(a);
  }
  return out;
}
var TYPES = /* @__PURE__ */ new Set(["DS", "CDS", "DNSKEY", "CDNSKEY"]);
function problems2(set) {
  const out = [];
  for (const z of set.zones)
    for (const r of z.rrsets) {
      if (!TYPES.has(r.type)) continue;
      for (const v of r.values) {
        const weak = weaknesses(r.type, v);
        if (weak.length === 0) continue;
        out.push({
          zone: z.name,
          name: r.name,
          type: r.type,
          key: v.split(/\s+/).slice(0, 3).join(" "),
          severity: weak.some((w) => w.severity === MUST_NOT) ? MUST_NOT : NOT_RECOMMENDED,
          message: `${r.name} ${r.type} ${shortValue(v)}: ${weak.map((w) => w.says).join("; ")} (RFC 8624).`,
          location: r.location
        });
      }
    }
  return out;
}
function shortValue(v) {
  return v.length > 40 ? `${v.slice(0, 36)}\u2026` : v;
}
var weakDnssecAlgorithm = {
  id: "weak-dnssec-algorithm",
  defaultSeverity: "medium",
  title: "DNSSEC algorithm or digest that RFC 8624 says not to use",
  why: "Old algorithms (RSA/MD5, DSA, SHA-1 based) are broken or being switched off by validators; a zone signed only with them is treated as insecure, or fails validation where SHA-1 is disabled.",
  fix: "Roll the keys to ECDSAP256SHA256 (13) or ED25519 (15) with an algorithm rollover (RFC 6781 \xA74.1.4), and publish DS records with digest type 2 (SHA-256) only.",
  check(ctx) {
    const out = compareStates(ctx, problems2);
    for (const lz of ctx.live?.zones ?? []) {
      for (const v of lz.delegation?.ds ?? []) {
        const weak = weaknesses("DS", v);
        if (weak.length === 0) continue;
        out.push({
          introduced: false,
          zone: lz.zone,
          name: lz.zone,
          type: "DS",
          key: `parent ${v.split(/\s+/).slice(0, 3).join(" ")}`,
          severity: weak.some((w) => w.severity === MUST_NOT) ? MUST_NOT : NOT_RECOMMENDED,
          message: `The parent ${lz.delegation.parent} publishes DS ${shortValue(v)} for ${lz.zone}: ${weak.map((w) => w.says).join("; ")} (RFC 8624).`
        });
      }
    }
    return out;
  }
};

// src/rules/checks/wildcard-change.ts
var wildcardChange = {
  id: "wildcard-change",
  defaultSeverity: "medium",
  title: "A wildcard record changes",
  why: "A wildcard answers for every name that does not exist otherwise: changing it changes the answer for an unbounded set of names, including typos and names attackers pick (and can hide NXDOMAIN).",
  fix: "Prefer explicit names; if the wildcard is needed, check which names it now answers for and keep its TTL low while it changes.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      for (const c of d.changes) {
        if (!isWildcard(c.name) || c.ttlOnly) continue;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: c.type,
          message: `Wildcard ${c.name} ${c.type} ${c.kind === "modify" ? "changes" : c.kind === "add" ? "is added" : "is removed"} (${describeChange(c)}).`,
          location: changeLocation(c)
        });
      }
    }
    return out;
  }
};

// src/rules/checks/zone-removed.ts
var TOOL = {
  dnscontrol: "dnscontrol push",
  octodns: "octodns-sync"
};
var zoneRemoved = {
  id: "zone-removed",
  defaultSeverity: "critical",
  title: "A zone disappears from the config",
  why: "A zone file that is no longer loaded takes every name in the zone off the internet. DNSControl and octoDNS instead stop managing the zone and leave its records at the provider, where they drift from then on.",
  fix: "If the zone moves elsewhere, merge only once the new home serves it; otherwise restore the zone (see the rollback snippet).",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (d.status !== "removed" || !d.before) continue;
      const tool = TOOL[d.format];
      const count2 = `${d.before.rrsets.length} RRsets`;
      out.push({
        introduced: true,
        zone: d.zone,
        name: d.name,
        ...tool ? {
          severity: "medium",
          message: `Zone ${d.zone} (${count2}) is no longer in the ${d.format} config: ${tool} stops managing it and leaves its records at the provider as they are (it never deletes a zone).`,
          fix: "If the zone is retired, delete it at the provider (and at the registrar) by hand; if it moved to another repository, make sure that one manages it now."
        } : {
          message: `Zone ${d.zone} (${count2}) is no longer in the ${d.format} config: a server that stops loading it stops answering for every name in it.`
        },
        ...d.before.location ? { location: d.before.location } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/zone-transfer-open.ts
var zoneTransferOpen = {
  id: "zone-transfer-open",
  defaultSeverity: "low",
  title: "A nameserver gives a zone transfer (AXFR) to anyone",
  why: "An open zone transfer lists every name of the zone to whoever asks (internal hosts, staging systems, tokens), where an outsider would otherwise have to guess names, and lets anyone make the server send the whole zone again and again.",
  fix: "Allow transfers only to the secondaries (by address and preferably a TSIG key: BIND allow-transfer, NSD provide-xfr, Knot acl), or turn them off at the provider.",
  check(ctx) {
    const out = [];
    for (const { key, apex } of zonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      if (!lz) continue;
      const open = /* @__PURE__ */ new Map();
      for (const s of lz.servers) {
        if (s.axfr?.status !== "open") continue;
        const e = open.get(s.name) ?? { addresses: [], records: s.axfr.records };
        e.addresses.push(s.address);
        open.set(s.name, e);
      }
      for (const [name, e] of open)
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          key: name,
          message: sentence(
            `Nameserver ${name}${e.addresses.some((a) => a !== name) ? ` (${e.addresses.join(", ")})` : ""} gave this review a complete zone transfer of ${apex} (${e.records} records) without any key: anyone can list the whole zone`
          )
        });
    }
    return out;
  }
};

// src/rules/catalogue.ts
var RULES = [
  nsChange,
  subdelegationChange,
  dsChange,
  dsMismatch,
  dnssecDisable,
  rrsigExpired,
  rrsigExpiring,
  dnssecBogus,
  cdsMismatch,
  providerChange,
  registrarChange,
  singleProvider,
  nsCount,
  missingGlue,
  lameDelegation,
  nsMismatch,
  registryDelegationMismatch,
  registrarLockMissing,
  registryLockMissing,
  domainExpiring,
  secondaryOutOfSync,
  migrationNotReady,
  zoneTransferOpen,
  ttlNotLowered,
  zoneRemoved,
  drift,
  massChange,
  cnameConflict,
  targetIsCname,
  danglingCname,
  missingTrailingDot,
  mxChange,
  spfInvalid,
  txtQuoted,
  dmarcWeakened,
  caaChange,
  wildcardChange,
  broadTokenScope,
  secretInRepo,
  pipelineChange,
  registrarDnsSameAccount,
  singleCredentialPipeline,
  pushCredentialsInReview,
  weakDnssecAlgorithm,
  soaSerial,
  configWarning
];
function ruleById(id) {
  return RULES.find((r) => r.id === id);
}

// src/report/registry-facts.ts
var LOCKS = ["client transfer prohibited", "server transfer prohibited"];
var REGISTRY_TITLE = "Registry facts (RDAP)";
var REGISTRY_HEADER = [
  "Domain",
  "Registrar",
  "Expires",
  "Locks",
  "Nameservers",
  "DS"
];
function registryFacts(report) {
  const registry = report.registry;
  if (!registry || registry.status === "off") return void 0;
  return {
    status: registry.status,
    requests: registry.requests,
    ...registry.source !== void 0 ? { source: registry.source } : {},
    reasons: registry.reasons,
    rows: registry.domains.map(domainRow)
  };
}
function domainRow(d) {
  const r = d.registration;
  if (!r) {
    const what2 = d.outcome === "not-found" ? "no registration data" : d.outcome;
    return {
      domain: d.domain,
      registrar: what2,
      expires: "\u2014",
      locks: "\u2014",
      nameservers: [],
      ds: "\u2014"
    };
  }
  const expires = r.events.find((e) => e.action === "expiration")?.date.slice(0, 10) ?? "\u2014";
  const locks = LOCKS.filter((l) => r.status.includes(l)).map((l) => l.split(" ")[0]);
  const ds = r.secureDNS?.dsData.length ? r.secureDNS.dsData.map((x) => `${x.keyTag}/${x.algorithm}`).join(", ") : r.secureDNS?.delegationSigned ? "signed" : "none";
  return {
    domain: d.domain,
    registrar: r.registrar?.name ?? "\u2014",
    expires,
    locks: locks.length ? locks.join(", ") : "none",
    nameservers: r.nameservers,
    ds
  };
}
function registryNote(report) {
  const status = report.registry?.status;
  return status && status !== "off" ? ` \xB7 registry: ${status}` : "";
}

// src/report/verdict.ts
var reportKind = (report) => report.kind ?? "review";
var counts = (f, kind) => kind === "audit" || f.introduced;
function blockingFindings(findings2, failOn, kind = "review") {
  return findings2.filter(
    (f) => counts(f, kind) && !f.accepted && severityRank(f.severity) >= severityRank(failOn)
  );
}
function computeVerdict(findings2, failOn, kind = "review") {
  if (blockingFindings(findings2, failOn, kind).length > 0) return "block";
  if (findings2.some((f) => counts(f, kind) && severityRank(f.severity) >= severityRank("medium")))
    return "warn";
  return "pass";
}
function changesNothing(report) {
  return report.zones.every((z) => z.status === "unchanged" && z.changes.length === 0) && !report.findings.some((f) => f.introduced);
}
function highestSeverity(findings2) {
  return maxSeverity(findings2.map((f) => f.severity)) ?? "none";
}
function applyOverride(report, override) {
  const accepted = new Set(override.accepted);
  const findings2 = report.findings.map(
    (f) => accepted.has(f.fingerprint) && f.introduced ? { ...f, accepted: true } : f
  );
  return {
    ...report,
    findings: findings2,
    verdict: computeVerdict(findings2, report.failOn, reportKind(report)),
    override: {
      label: override.label,
      by: override.by,
      fingerprint: acceptanceFingerprint(override.accepted)
    }
  };
}
function acceptanceFingerprint(fingerprints) {
  let h = 2166136261;
  for (const c of [...fingerprints].sort().join(","))
    h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h.toString(16).padStart(8, "0");
}

// src/report/headline.ts
function plural3(n, noun) {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}
function shortRef(ref) {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}
function headlineSummary(report, style) {
  if (reportKind(report) === "audit") {
    const blocking2 = blockingFindings(report.findings, report.failOn, "audit").length;
    const n = report.findings.length;
    const zones = plural3(report.zones.length, "zone");
    return n === 0 ? `No findings in ${zones}.` : `${plural3(n, "finding")} in ${zones}${blocking2 > 0 ? `; ${blocking2} at or above ${style.strong(report.failOn)}` : ""}.`;
  }
  const blocking = blockingFindings(report.findings, report.failOn).length;
  const introduced = report.findings.filter((f) => f.introduced).length;
  const existing = report.findings.length - introduced;
  let summary;
  if (report.verdict === "block")
    summary = `${plural3(blocking, "introduced finding")} at or above ${style.strong(report.failOn)} block this merge.`;
  else if (introduced === 0) summary = "This change introduces no findings.";
  else
    summary = `This change introduces ${plural3(introduced, "finding")}; none blocks (fail-on: ${report.failOn}).`;
  if (existing > 0)
    summary += ` ${plural3(existing, "existing finding")} (${style.existingWhere}) ${existing === 1 ? "does" : "do"} not count against it.`;
  if (report.override)
    summary += ` Risk accepted by @${style.text(report.override.by)} with the ${style.code(report.override.label)} label.`;
  return summary;
}
function headlineFacts(report, style) {
  const live = `live DNS: ${report.live.status}${report.live.queries ? ` (${report.live.queries} queries)` : ""}${registryNote(report)}`;
  const head = style.code(shortRef(report.head.ref));
  if (reportKind(report) === "audit") return `${head} \xB7 ${live}`;
  const base = report.base ? style.code(shortRef(report.base.ref)) : "(none)";
  return `base ${base} \u2192 head ${head} \xB7 ${live}`;
}

// src/report/markdown-escape.ts
function escapeText(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/([\\`*_[\]#~])/g, "\\$1").replace(/\r?\n/g, " ");
}
function escapeWithCode(text) {
  return text.split(/(`[^`]+`)/).map(
    (part) => part.length > 2 && part.startsWith("`") && part.endsWith("`") ? inlineCode(part.slice(1, -1)) : escapeText(part)
  ).join("");
}
function longestBacktickRun(text) {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}
function inlineCode(text) {
  const oneLine = text.replace(/\r?\n/g, " ");
  const ticks = "`".repeat(longestBacktickRun(oneLine) + 1);
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
  return `${ticks}${pad}${oneLine}${pad}${ticks}`;
}
function tableCode(text) {
  return inlineCode(text).replace(/\|/g, "\\|");
}
function fence(body, lang = "") {
  const ticks = "`".repeat(Math.max(3, longestBacktickRun(body) + 1));
  return `${ticks}${lang}
${body.replace(/\n$/, "")}
${ticks}`;
}
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}

// src/report/markdown-registry.ts
function registrySection(report) {
  const facts = registryFacts(report);
  if (!facts) return "";
  const lines = [
    `Status: **${facts.status}**, ${facts.requests} RDAP ${facts.requests === 1 ? "query" : "queries"}${facts.source ? ` (${escapeText(facts.source)})` : ""}.`
  ];
  for (const r of facts.reasons) lines.push(`- ${escapeText(r)}`);
  if (facts.rows.length) {
    lines.push(
      "",
      `| ${REGISTRY_HEADER.join(" | ")} |`,
      `|${" --- |".repeat(REGISTRY_HEADER.length)}`
    );
    for (const r of facts.rows)
      lines.push(
        `| ${tableCode(r.domain)} | ${escapeText(r.registrar)} | ${r.expires} | ${r.locks} | ${r.nameservers.map(tableCode).join(" ") || "\u2014"} | ${r.ds} |`
      );
  }
  return details(REGISTRY_TITLE, lines.join("\n"));
}

// src/report/markdown.ts
var DEFAULT_BUDGET = 6e4;
var DEFAULT_HINT = "run `zoneguard check` locally or see the job summary for the full report";
var ICON = {
  critical: "\u{1F534}",
  high: "\u{1F7E0}",
  medium: "\u{1F7E1}",
  low: "\u{1F535}",
  info: "\u26AA"
};
var VERDICT = {
  block: "\u{1F6D1} **Blocked**",
  warn: "\u26A0\uFE0F **Passed with warnings**",
  pass: "\u2705 **Passed**"
};
var AUDIT_VERDICT = {
  block: "\u{1F6D1} **Needs attention**",
  warn: "\u26A0\uFE0F **Warnings**",
  pass: "\u2705 **Clean**"
};
var MARKDOWN_STYLE = {
  strong: (t) => `**${t}**`,
  code: inlineCode,
  text: escapeText,
  existingWhere: "collapsed below"
};
function headline(report) {
  const verdict = (reportKind(report) === "audit" ? AUDIT_VERDICT : VERDICT)[report.verdict];
  return [
    `## ZoneGuard${reportKind(report) === "audit" ? " audit" : ""}: ${verdict}`,
    headlineSummary(report, MARKDOWN_STYLE),
    `<sub>${headlineFacts(report, MARKDOWN_STYLE)}</sub>`
  ].join("\n\n");
}
function driftCell(report, z) {
  const live = report.live;
  if (live.status === "off" || z.status === "added") return "\u2014";
  if (z.drift.length > 0) return String(z.drift.length);
  const apex = z.zone.split("!")[0];
  const reached = live.status !== "failed" && live.servers.some((s) => s.zone === apex && s.authoritative);
  return reached ? "0" : "unknown";
}
function zoneRows(report, zones) {
  const count2 = (z, kind) => z.changes.filter((c) => c.kind === kind).length;
  const rows = zones.map(
    (z) => `| ${tableCode(z.zone)} | ${z.format} | ${z.status} | ${count2(z, "add")} | ${count2(z, "modify")} | ${count2(z, "remove")} | ${driftCell(report, z)} |`
  );
  return [
    "| Zone | Format | Status | Added | Changed | Removed | Drift |",
    "| --- | --- | --- | ---: | ---: | ---: | ---: |",
    ...rows
  ].join("\n");
}
var shown = (z) => z.status !== "unchanged" || z.drift.length > 0;
function zoneTable(report) {
  const configs = [...new Set(report.zones.map((z) => z.config ?? ""))].sort();
  if (configs.length <= 1) {
    const zones = report.zones.filter(shown);
    if (zones.length === 0)
      return report.zones.length === 0 ? "_No zones found._" : `_No record changes in ${plural3(report.zones.length, "zone")}._`;
    return zoneRows(report, zones);
  }
  return configs.map((config) => {
    const all = report.zones.filter((z) => (z.config ?? "") === config);
    const label = `**${config === "" ? "Other zones" : inlineCode(config)}**`;
    const zones = all.filter(shown);
    return zones.length === 0 ? `${label}: _no record changes in ${plural3(all.length, "zone")}._` : `${label}

${zoneRows(report, zones)}`;
  }).join("\n\n");
}
function bySeverity(findings2) {
  return [...SEVERITIES].reverse().flatMap((s) => findings2.filter((f) => f.severity === s));
}
function findingLine(f) {
  const subject = [f.name ? inlineCode(f.name) : f.zone ? inlineCode(f.zone) : "", f.type ?? ""].filter(Boolean).join(" ");
  const where2 = f.location ? ` \xB7 ${inlineCode(formatLocation(f.location))}` : "";
  const accepted = f.accepted ? " \xB7 _accepted_" : "";
  return [
    `- ${ICON[f.severity]} **${f.severity}** ${inlineCode(f.rule)}${subject ? ` \xB7 ${subject}` : ""}${where2}${accepted}`,
    `  ${escapeText(f.message)}`,
    `  <br>**Fix:** ${escapeWithCode(f.fix)}`
  ].join("\n");
}
function whyLines(findings2, explained) {
  const lines = [];
  for (const f of findings2) {
    const rule = ruleById(f.rule);
    if (!rule || explained.has(rule.id)) continue;
    explained.add(rule.id);
    lines.push(
      `- **${escapeWithCode(rule.title)}** (${inlineCode(rule.id)}): ${escapeWithCode(rule.why)}`
    );
  }
  return lines.join("\n");
}
function introducedSection(introduced, explained, audit = false) {
  if (introduced.length === 0) return "";
  const sorted = bySeverity(introduced);
  const title = audit ? "Findings" : "Introduced by this change";
  const lines = audit ? groupedLines(sorted) : sorted.map(findingLine);
  const out = [
    `### ${title} (${introduced.length.toLocaleString("en-US")})

${lines.join("\n")}`
  ];
  const why = whyLines(sorted, explained);
  if (why) out.push(details("Why these rules matter", why));
  return out.join("\n\n");
}
function existingSummary(n) {
  return `${plural3(n, "finding")} already present before this change (not counted in the verdict)`;
}
var GROUP_EXISTING_OVER = 5;
var GROUP_SHOWS = 5;
function groupLine(group) {
  const first = group[0];
  const where2 = (f) => [
    f.name ? inlineCode(f.name) : "",
    f.type ?? "",
    f.location ? `(${inlineCode(formatLocation(f.location))})` : ""
  ].filter(Boolean).join(" ");
  const shown2 = group.slice(0, GROUP_SHOWS).map(where2).filter(Boolean);
  const more = group.length - GROUP_SHOWS;
  return [
    `- ${ICON[first.severity]} **${first.severity}** ${inlineCode(first.rule)}${first.zone ? ` \xB7 ${inlineCode(first.zone)}` : ""} \xB7 **${group.length.toLocaleString("en-US")} findings**`,
    `  ${shown2.join(", ")}${more > 0 ? `, and ${more.toLocaleString("en-US")} more (every one is in the JSON report)` : ""}.`,
    `  <br>The first: ${escapeText(first.message)}`,
    `  <br>**Fix:** ${escapeWithCode(first.fix)}`
  ].join("\n");
}
function groupedLines(sorted) {
  const groupOf = (f) => `${f.severity}${f.rule}${f.zone ?? ""}`;
  const groups = /* @__PURE__ */ new Map();
  for (const f of sorted) {
    const list2 = groups.get(groupOf(f));
    if (list2) list2.push(f);
    else groups.set(groupOf(f), [f]);
  }
  const lines = [];
  const done = /* @__PURE__ */ new Set();
  for (const f of sorted) {
    const key = groupOf(f);
    const group = groups.get(key);
    if (group.length <= GROUP_EXISTING_OVER) lines.push(findingLine(f));
    else if (!done.has(key)) {
      done.add(key);
      lines.push(groupLine(group));
    }
  }
  return lines;
}
function existingSection(existing, explained) {
  if (existing.length === 0) return "";
  const sorted = bySeverity(existing);
  const parts = [groupedLines(sorted).join("\n")];
  const why = whyLines(sorted, explained);
  if (why) parts.push(`**Why these rules matter**

${why}`);
  return details(existingSummary(existing.length), parts.join("\n\n"));
}
function existingCounts(existing, hint) {
  if (existing.length === 0) return "";
  const perRule = /* @__PURE__ */ new Map();
  for (const f of bySeverity(existing)) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
  const lines = [...perRule].map(([rule, n]) => `- ${inlineCode(rule)} \xD7 ${n}`);
  return details(
    existingSummary(existing.length),
    `${lines.join("\n")}

The list does not fit here: ${hint}.`
  );
}
function changeLines(zone, changes) {
  const lines = [];
  const row = (sign, c, rr) => {
    for (const v of rr.values)
      lines.push(`${sign} ${relativeName(c.name, zone)} ${rr.ttl} ${c.type} ${v}`);
  };
  for (const c of changes) {
    if (c.before) row("-", c, c.before);
    if (c.after) row("+", c, c.after);
  }
  return lines.join("\n");
}
function changesSections(report) {
  const out = [];
  for (const z of report.zones) {
    if (z.changes.length)
      out.push(
        details(
          `Changes in ${escapeText(z.zone)} (${plural3(z.changes.length, "RRset")})`,
          fence(changeLines(z.zone.split("!")[0], z.changes), "diff")
        )
      );
    if (z.drift.length)
      out.push(
        details(
          `Drift in ${escapeText(z.zone)}: live differs from base (${plural3(z.drift.length, "RRset")})`,
          fence(changeLines(z.zone.split("!")[0], z.drift), "diff")
        )
      );
  }
  return out;
}
function liveSection(report) {
  const live = report.live;
  if (live.status === "off") return "";
  const lines = [`Status: **${live.status}**, ${live.queries} queries.`];
  for (const r of live.reasons) lines.push(`- ${escapeText(r)}`);
  if (live.servers.length) {
    const axfr = live.servers.some((s) => s.axfr !== void 0);
    lines.push(
      "",
      `| Zone | Server | Address | Answers | Authoritative | SOA serial |${axfr ? " AXFR |" : ""}`,
      `| --- | --- | --- | --- | --- | ---: |${axfr ? " --- |" : ""}`
    );
    for (const s of live.servers)
      lines.push(
        `| ${tableCode(s.zone)} | ${tableCode(s.name)} | ${tableCode(s.address)} | ${s.responded ? "yes" : `no${s.error ? ` (${escapeText(s.error)})` : ""}`} | ${s.authoritative ? "yes" : "no"} | ${s.soaSerial ?? "\u2014"}${s.upToDate === false ? " (behind)" : ""} |${axfr ? ` ${s.axfr ?? "\u2014"} |` : ""}`
      );
  }
  if (live.candidates?.length) lines.push("", ...readinessTable(live.candidates));
  return details("Live DNS facts this review relied on", lines.join("\n"));
}
function readinessTable(candidates) {
  const lines = [
    "New nameservers, asked before the switch:",
    "",
    "| Zone | New server | Address | Authoritative | RRsets served as head has them | Missing | Different |",
    "| --- | --- | --- | --- | ---: | ---: | ---: |"
  ];
  for (const c of candidates)
    lines.push(
      `| ${tableCode(c.zone)} | ${tableCode(c.name)} | ${c.address ? tableCode(c.address) : "\u2014"} | ${c.authoritative ? "yes" : `no${c.error ? ` (${escapeText(c.error)})` : ""}`} | ${c.authoritative ? `${c.served} of ${c.expected}` : "\u2014"} | ${c.authoritative ? c.missing : "\u2014"} | ${c.authoritative ? c.differing : "\u2014"} |`
    );
  return lines;
}
function rollbackSections(report) {
  return report.rollback.map((r) => {
    const parts = [fence(r.snippet, formatById(r.format)?.write.fenceLanguage)];
    if (r.registrar) parts.push(`Registrar side:

${fence(r.registrar)}`);
    return details(`Rollback for ${escapeText(r.zone)} (${r.format})`, parts.join("\n\n"));
  });
}
function renderMarkdown(report, options = {}) {
  const budget = options.maxChars ?? DEFAULT_BUDGET;
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const kind = reportKind(report);
  const introduced = report.findings.filter((f) => counts(f, kind));
  const existing = report.findings.filter((f) => !counts(f, kind));
  const explained = /* @__PURE__ */ new Set();
  const fixed = [
    headline(report),
    zoneTable(report),
    introducedSection(introduced, explained, kind === "audit")
  ];
  if (report.warnings.length)
    fixed.push(report.warnings.map((w) => `> \u26A0\uFE0F ${escapeText(w)}`).join("\n"));
  const optional = [
    ...changesSections(report),
    liveSection(report),
    registrySection(report),
    ...rollbackSections(report)
  ].filter(Boolean);
  const notice = (n) => `

> \u2702\uFE0F ${n} section${n === 1 ? " was" : "s were"} left out to fit the comment: ${hint}.`;
  let text = fixed.filter(Boolean).join("\n\n");
  const fullExisting = existingSection(existing, explained);
  if (fullExisting) {
    const next = `${text}

${fullExisting}`;
    if (next.length + (optional.length > 0 ? notice(optional.length).length : 0) > budget)
      return `${text}

${existingCounts(existing, hint)}${optional.length > 0 ? notice(optional.length) : ""}
`;
    text = next;
  }
  for (let i = 0; i < optional.length; i++) {
    const next = `${text}

${optional[i]}`;
    const remaining = optional.length - i - 1;
    if (next.length + (remaining > 0 ? notice(remaining).length : 0) > budget)
      return `${text}${notice(optional.length - i)}
`;
    text = next;
  }
  return `${text}
`;
}
function renderNoChangeLine(report, fullReportHint) {
  const existing = report.findings.filter((f) => !f.introduced).length;
  const rest = [
    existing > 0 ? plural3(existing, "existing finding") : "",
    report.warnings.length > 0 ? plural3(report.warnings.length, "warning") : ""
  ].filter(Boolean);
  const tail = rest.length > 0 ? `; ${rest.join(" and ")} (${fullReportHint})` : "";
  return `\u2705 **ZoneGuard**: no DNS record changes in this pull request${tail}.
`;
}

export {
  yamlPositions,
  registryRequests,
  registrationOf,
  readForScan,
  RULES,
  ruleById,
  REGISTRY_TITLE,
  REGISTRY_HEADER,
  registryFacts,
  reportKind,
  counts,
  blockingFindings,
  computeVerdict,
  changesNothing,
  highestSeverity,
  applyOverride,
  plural3 as plural,
  headlineSummary,
  headlineFacts,
  escapeText,
  escapeWithCode,
  inlineCode,
  fence,
  driftCell,
  shown,
  bySeverity,
  changeLines,
  renderMarkdown,
  renderNoChangeLine
};
