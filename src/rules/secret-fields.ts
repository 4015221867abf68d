/**
 * Which credential fields hold a secret, per provider (secret-in-repo's knowledge, and the
 * pipeline rules': which secrets a push uses). A field
 * name says less than it seems: OVH's `app-key` is an application key its owner documents as
 * safe to share, Google's `private_key_id` only names a key. Providers in the table are judged
 * by it; every other provider, and fields the table does not list, by the name pattern.
 *
 * Field names are DNSControl's `creds.json` keys, from its provider documentation
 * (StackExchange/dnscontrol `documentation/provider/*.md`): OVH (app-key, app-secret-key,
 * consumer-key, endpoint), ROUTE53 (KeyId, SecretKey, Token, RoleArn, ExternalId,
 * DelegationSet), GCLOUD (the service-account JSON key), CLOUDFLAREAPI (apitoken, accountid,
 * apikey, apiuser); octoDNS's OVH provider from octodns/octodns-ovh's README. docs/rules.md (secret-in-repo) publishes the same table.
 */

interface ProviderFields {
  /** Fields that authenticate: a literal one is a leaked secret. */
  readonly secret: readonly string[];
  /** Fields that identify or configure: a literal one is fine. */
  readonly public: readonly string[];
}

export const PROVIDER_FIELDS: Readonly<Record<string, ProviderFields>> = {
  // OVH API: the application key identifies the application (python-ovh: "may safely be
  // shared"); the application secret and the consumer key authenticate.
  // Terraform's `provider "ovh"` (type `ovh`) names the same keys with underscores.
  OVH: {
    secret: ['app-secret-key', 'consumer-key', 'application_secret', 'consumer_key'],
    public: ['app-key', 'endpoint', 'application_key'],
  },
  // An AWS access key id names the key; the secret access key and session token are secrets.
  ROUTE53: {
    secret: ['SecretKey', 'Token'],
    public: ['KeyId', 'RoleArn', 'ExternalId', 'DelegationSet', 'Profile'],
  },
  GCLOUD: {
    secret: ['private_key'],
    public: [
      'type',
      'project_id',
      'private_key_id',
      'client_email',
      'client_id',
      'auth_uri',
      'token_uri',
      'auth_provider_x509_cert_url',
      'client_x509_cert_url',
      'name_server_set',
    ],
  },
  CLOUDFLAREAPI: { secret: ['apitoken', 'apikey'], public: ['accountid', 'apiuser'] },
  // Terraform provider blocks, keyed by the provider's local name (the providers' docs:
  // cloudflare/cloudflare, hashicorp/aws, hashicorp/google, hashicorp/azurerm,
  // digitalocean/digitalocean, ovh/ovh). As for ROUTE53, an access key id names the key.
  CLOUDFLARE: {
    secret: ['api_token', 'api_key', 'api_user_service_key'],
    public: ['email', 'account_id', 'base_url'],
  },
  AWS: { secret: ['secret_key', 'token'], public: ['access_key', 'region', 'profile'] },
  GOOGLE: { secret: ['credentials', 'access_token'], public: ['project', 'region', 'zone'] },
  AZURERM: {
    secret: ['client_secret', 'client_certificate_password'],
    public: ['client_id', 'tenant_id', 'subscription_id'],
  },
  DIGITALOCEAN: { secret: ['token', 'spaces_secret_key'], public: ['spaces_access_id'] },
  // octoDNS's OVH provider (octodns/octodns-ovh), keyed by its class: the same three keys.
  'OCTODNS_OVH.OVHPROVIDER': {
    secret: ['application_secret', 'consumer_key'],
    public: ['application_key', 'endpoint'],
  },
};

/** Credential fields that hold secrets by their name (account ids, user names and e-mails do not). */
const SECRET_NAME = /token|secret|password|passwd|key|auth|credential|private/i;

/** True when a literal value in field `key` of a provider of type `type` is a secret. */
export function isSecretField(type: string | undefined, key: string): boolean {
  const known = type ? PROVIDER_FIELDS[type.toUpperCase()] : undefined;
  if (known?.secret.includes(key)) return true;
  if (known?.public.includes(key)) return false;
  return SECRET_NAME.test(key);
}
