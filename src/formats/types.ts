/**
 * What every format (BIND, octoDNS, DNSControl, Terraform) offers to the pipeline: a read side (detect,
 * load) and a write side. Everything format-specific lives behind this interface, so a new
 * format is one folder plus one entry in registry.ts.
 */
import type { Result } from '../model/location.js';
import type { FormatId, RRset, Zone, ZoneSet } from '../model/zone.js';
import type { SourceTree } from '../sources/types.js';
import type { InputBudget } from './budget.js';
import type { SideMemo } from './side-memo.js';

export interface FormatLoadOptions {
  /** Repository-relative folder to read (`''` for the root): every configuration under it. */
  readonly path: string;
  /**
   * One configuration file to read instead of those found under `path` (DNSControl's
   * `--config`, octoDNS's `--config-file`), repository-relative. A format whose configurations
   * are folders of files (BIND) has none.
   */
  readonly config?: string;
  /** DNSControl: the creds.json to read instead of the one beside each dnsconfig.js. */
  readonly creds?: string;
  /**
   * octoDNS: the repository-relative folder `octodns-sync` runs in (`''`, the default, is the
   * root). YamlProvider directories are relative to it, as octoDNS opens them as written.
   */
  readonly workingDirectory?: string;
  /**
   * Repository-relative folders whose files another configuration writes (DNSControl's BIND
   * provider output): output, not configuration, so never read as a configuration.
   */
  readonly skip?: readonly string[];
  /**
   * The review's input budget (bytes read, records made), one object for every format, zone
   * and side; a format without it uses the default limits for this load alone.
   */
  readonly budget?: InputBudget;
  /** What the other side's load of the same file left (formats/side-memo.ts), one per review. */
  readonly memo?: SideMemo;
  /**
   * DNSControl's variables (`dnscontrol -v NAME=VALUE`; `--var`, the Action's `vars`), set as
   * global strings before the config runs. The values may be secrets: a format never writes
   * them into a message.
   */
  readonly vars?: ReadonlyMap<string, string>;
  /**
   * Terraform: `.tfvars` files given with `--tf-var-file`, repository-relative, read after
   * `terraform.tfvars` and `*.auto.tfvars` as `terraform plan -var-file` does.
   */
  readonly tfVarFiles?: readonly string[];
  /** DNSControl sandbox limits. */
  readonly evalTimeoutMs?: number;
  readonly evalMemoryBytes?: number;
}

/** What a format read: the zones (each naming its configuration), and what it writes. */
export interface LoadedZones extends ZoneSet {
  /**
   * Repository-relative folders the configurations write files into when pushed (DNSControl's
   * BIND provider `directory`): zone files there are a copy of these zones, not a configuration.
   */
  readonly outputs?: readonly string[];
}

export interface Format {
  readonly id: FormatId;
  /** True when files under `path` (repository-relative listing) look like this format. */
  detect(files: readonly string[], path: string): boolean;
  /**
   * True for a file name this format may read as configuration (a zone file, a YAML file, a
   * `.js`/`.json`): a link of that name the repository refuses to follow is said, not taken
   * for a file that is not there.
   */
  mayRead(path: string): boolean;
  /**
   * Reads every configuration under `path` (or the one `options.config` names), each zone
   * carrying its configuration (`Zone.config`). Two configurations may define the same zone:
   * the caller decides (review/load.ts refuses it). Errors are problems the tool itself would
   * refuse (the push would fail), with file, line and column; warnings travel with the result.
   */
  load(tree: SourceTree, options: FormatLoadOptions): Promise<Result<LoadedZones>>;
  readonly write: FormatWriter;
}

/** The configuration of a zone and the files some of its records are written in. */
export interface RecordFiles {
  /** The zone's configuration (`Zone.config`), repository-relative. */
  readonly config?: string;
  /** Repository-relative files the records come from (their locations), each once. */
  readonly files: readonly string[];
}

/**
 * What one edit in a format's files replaces: a single RRset (a BIND line, a DNSControl call),
 * or every type at a name (an octoDNS zone file has one key per name holding all its types).
 */
export type EditUnit = 'rrset' | 'name';

/**
 * The write side: text in the repository's own format for a person to paste (rollback
 * snippets, shown in the review comment) and whole zone files (`zoneguard export`). What a
 * writer produces reads back through the same format's `load` to the same RRsets, as far as
 * the format can express them.
 */
export interface FormatWriter {
  /** The Markdown code-fence language that highlights this format: `dns`, `yaml`, `js`. */
  readonly fenceLanguage: string;
  /** What starts a comment line, so that text can sit inside a snippet without taking effect. */
  readonly lineComment: string;
  readonly editUnit: EditUnit;
  /**
   * Where a zone's records live, as a phrase for a person: `the zone file of example.com.`.
   * `where` says what is known of the records at hand: the zone's configuration and the files
   * they are written in (a DNSControl `D_EXTEND()` or list of records in a required file).
   */
  zoneLocation(zone: string, where?: RecordFiles): string;
  /**
   * RRsets of `zone` (owner names absolute) as text to paste where `zoneLocation` says. `of`
   * is the zone as its configuration declares it (Terraform writes in the resource family
   * and with the zone reference the configuration uses).
   */
  records(rrsets: readonly RRset[], zone: string, of?: Zone): string;
  /**
   * A whole zone as a file of its own, for `zoneguard export --format <id>`; export offers
   * exactly the formats that have one.
   */
  readonly zoneFile?: {
    /** The file name's ending, with its dot: `.zone`. */
    readonly extension: string;
    text(zone: Zone): string;
  };
}
