/**
 * DNSControl's intermediate representation, as `dnscontrol print-ir` prints it (field names are
 * DNSControl's, so users and tools can compare). Numeric fields that are zero and empty strings
 * are left out, as Go's `omitempty` does. `filepos` is ours: the `file:line:column` of the call
 * in the config that made the record, or only the `file` (a call in a very long config, past the
 * prelude's position budget).
 */

export interface IrProvider {
  readonly name: string;
  /** Provider type, or `-` when it is to be read from creds.json `TYPE`. */
  readonly type: string;
  readonly meta?: Readonly<Record<string, unknown>>;
}

export interface IrRecord {
  type: string;
  name: string;
  target: string;
  ttl?: number;
  meta?: Record<string, string>;
  subdomain?: string;
  filepos?: string;
  mxpreference?: number;
  srvpriority?: number;
  srvweight?: number;
  srvport?: number;
  caatag?: string;
  caaflag?: number;
  dskeytag?: number;
  dsalgorithm?: number;
  dsdigesttype?: number;
  dsdigest?: string;
  dnskeyflags?: number;
  dnskeyprotocol?: number;
  dnskeyalgorithm?: number;
  dnskeypublickey?: string;
  locsize?: number;
  lochorizpre?: number;
  locvertpre?: number;
  loclatitude?: number;
  loclongitude?: number;
  localtitude?: number;
  luartype?: string;
  naptrorder?: number;
  naptrpreference?: number;
  naptrflags?: string;
  naptrservice?: string;
  naptrregexp?: string;
  smimeausage?: number;
  smimeaselector?: number;
  smimeamatchingtype?: number;
  sshfpalgorithm?: number;
  sshfpfingerprint?: number;
  soambox?: string;
  soarefresh?: number;
  soaretry?: number;
  soaexpire?: number;
  soaminttl?: number;
  svcpriority?: number;
  svcparams?: string;
  tlsausage?: number;
  tlsaselector?: number;
  tlsamatchingtype?: number;
  r53_alias?: { type?: string; zone_id?: string; evaluate_target_health?: string };
  azure_alias?: { type?: string };
  answer_type?: string;
}

/** New-style records (CF_SINGLE_REDIRECT): arguments kept as written. */
export interface IrRawRecord {
  readonly type: string;
  readonly args: readonly unknown[];
  readonly metas?: readonly Record<string, unknown>[];
  readonly ttl?: number;
  readonly filepos?: string;
}

export interface IrUnmanaged {
  readonly label_pattern?: string;
  readonly rType_pattern?: string;
  readonly target_pattern?: string;
}

export interface IrDomain {
  /** Lower-cased, without the split-horizon tag and without the trailing dot. */
  readonly name: string;
  readonly registrar: string;
  readonly dnsProviders: Readonly<Record<string, number>>;
  /** Always holds `dnscontrol_tag` and `dnscontrol_uniquename`, plus the config's own meta. */
  readonly meta: Readonly<Record<string, string>>;
  readonly records: IrRecord[];
  readonly recordsabsent?: readonly IrRecord[];
  readonly rawrecords?: readonly IrRawRecord[];
  readonly nameservers?: readonly { readonly name: string }[];
  readonly keepunknown?: boolean;
  readonly unmanaged?: readonly IrUnmanaged[];
  readonly unmanaged_disable_safety_check?: boolean;
  readonly ignore_external_dns?: boolean;
  readonly external_dns_prefix?: string;
  readonly auto_dnssec?: 'on' | 'off';
  readonly filepos?: string;
}

export interface DnscontrolIR {
  readonly registrars: readonly IrProvider[];
  readonly dns_providers: readonly IrProvider[];
  readonly domains: readonly IrDomain[];
}

/** `dnsconfig.js:12:5` → file and line (and column); `dnsconfig.js` → the file alone. */
export function parseFilepos(
  pos: string | undefined,
): { file: string; line?: number; column?: number } | undefined {
  if (!pos) return undefined;
  const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(pos);
  // A bare file: the prelude writes one only for a path that does not end like `:line`.
  if (!m) return { file: pos };
  return { file: m[1]!, line: Number(m[2]), ...(m[3] ? { column: Number(m[3]) } : {}) };
}
