/**
 * The Terraform format: DNS zones and records declared as resources of the Cloudflare, AWS
 * Route 53, Google Cloud DNS, Azure DNS, DigitalOcean and OVH providers, read statically from
 * HCL (load.ts) or exactly from a plan file (plan.ts). Detection sees file names only: `.tf`
 * files under the folder; `load` then reads the DNS resources they declare (none: no zones).
 */
import type { Format } from '../types.js';
import { terraformFiles } from './files.js';
import { formatTerraformRecords } from './write.js';

export const terraformFormat: Format = {
  id: 'terraform',
  // HCL files and variable files: a refused link with such a name is said, not skipped.
  mayRead: (path) => /\.(?:tf|tfvars)$/.test(path),
  detect: (files, path) => terraformFiles(files, path).length > 0,
  // The loader is imported when a load runs: start-up time, issue 15.
  load: async (tree, options) => (await import('./load.js')).loadTerraform(tree, options),
  write: {
    fenceLanguage: 'hcl',
    lineComment: '#',
    editUnit: 'rrset',
    zoneLocation: (zone, where) =>
      `the Terraform configuration of ${zone}${where?.config ? ` (${where.config})` : ''}${
        where?.files.length ? `, replacing the resources in ${where.files.join(', ')}` : ''
      }`,
    records: formatTerraformRecords,
  },
};
